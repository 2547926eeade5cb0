import { describe, expect, it } from 'vitest';
import { sessionAbsoluteSeconds, sessionAlive, sessionIdleSeconds } from './session-limits.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 2, 8, 0) + minutes * 60_000);

describe('session limits', () => {
  it('ends a staff session after 15 idle minutes and an administrator session after 5', () => {
    expect(sessionIdleSeconds('office_staff')).toBe(900);
    expect(sessionIdleSeconds('admin')).toBe(300);
    const expiresAt = at(600);
    expect(sessionAlive({ role: 'office_staff', lastSeenAt: at(0), expiresAt }, at(14.9))).toBe(true);
    expect(sessionAlive({ role: 'office_staff', lastSeenAt: at(0), expiresAt }, at(15))).toBe(false);
    expect(sessionAlive({ role: 'admin', lastSeenAt: at(0), expiresAt }, at(4.9))).toBe(true);
    expect(sessionAlive({ role: 'admin', lastSeenAt: at(0), expiresAt }, at(5))).toBe(false);
  });
  it('ends every session 10 hours after sign-in, even in use', () => {
    expect(sessionAbsoluteSeconds).toBe(36_000);
    expect(sessionAlive({ role: 'office_staff', lastSeenAt: at(599), expiresAt: at(600) }, at(600))).toBe(false);
  });
});
