import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy, lockoutSeconds, lockoutTable } from './sign-in-lockout.ts';

describe('lockoutSeconds', () => {
  it('lets the first four failures pass and locks for 15 minutes at the fifth', () => {
    expect([1, 2, 3, 4].map((n) => lockoutSeconds(n))).toEqual([0, 0, 0, 0]);
    expect(lockoutSeconds(5)).toBe(15 * 60);
  });
  it('grows the lock 15 min → 1 h → 12 h, every five further failures', () => {
    expect([6, 7, 8, 9].map((n) => lockoutSeconds(n))).toEqual([0, 0, 0, 0]);
    expect(lockoutSeconds(10)).toBe(3600);
    expect(lockoutSeconds(15)).toBe(12 * 3600);
    expect(lockoutSeconds(300)).toBe(12 * 3600);
  });
  it('treats nonsense counts as no lock', () => {
    expect(lockoutSeconds(-1)).toBe(0);
    expect(lockoutSeconds(0)).toBe(0);
    expect(lockoutSeconds(2.5)).toBe(0);
  });
  it('never locks longer than 12 hours and never locks less as failures grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => {
        const s = lockoutSeconds(n);
        const previousLock = Math.max(0, ...Array.from({ length: n - 1 }, (_, i) => lockoutSeconds(i + 1)));
        return s <= 12 * 3600 && (s === 0 || s >= previousLock);
      }),
      { numRuns: 200 },
    );
    expect(Math.max(...defaultLockoutPolicy.lockSeconds)).toBe(12 * 3600);
  });
  it('gives the database a table whose last entry is a 12-hour lock', () => {
    const table = lockoutTable();
    expect(table.slice(0, 5)).toEqual([0, 0, 0, 0, 900]);
    expect(table.at(-1)).toBe(12 * 3600);
  });
});
