import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy, lockoutSeconds } from './sign-in-lockout.ts';

describe('lockoutSeconds', () => {
  it('lets the first four failures pass and locks from the fifth', () => {
    expect([1, 2, 3, 4].map((n) => lockoutSeconds(n))).toEqual([0, 0, 0, 0]);
    expect(lockoutSeconds(5)).toBe(30);
  });
  it('doubles the wait with each further failure up to one hour', () => {
    expect([6, 7, 8].map((n) => lockoutSeconds(n))).toEqual([60, 120, 240]);
    expect(lockoutSeconds(50)).toBe(3600);
  });
  it('treats nonsense counts as no lock', () => {
    expect(lockoutSeconds(-1)).toBe(0);
    expect(lockoutSeconds(2.5)).toBe(0);
  });
  it('never shrinks as failures grow', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => lockoutSeconds(n + 1) >= lockoutSeconds(n) && lockoutSeconds(n) <= defaultLockoutPolicy.maxSeconds));
  });
});
