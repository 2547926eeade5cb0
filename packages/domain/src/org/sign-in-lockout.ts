/**
 * Lock-out after repeated failed sign-ins, with growing delays (security.md: ASVS V6.3, TCVN 14423 level 2:
 * lock after 5 failures). The first `freeAttempts` failures cost nothing; each later one doubles the wait,
 * capped at `maxSeconds`. Parameters, with documented defaults.
 */
export type LockoutPolicy = { freeAttempts: number; baseSeconds: number; maxSeconds: number };

/** Default: 5 free attempts, then 30 s, 60 s, 120 s … up to 1 hour. */
export const defaultLockoutPolicy: LockoutPolicy = { freeAttempts: 5, baseSeconds: 30, maxSeconds: 3600 };

/** How many seconds an account stays locked after its `failures`-th consecutive failed sign-in (0 = not locked). */
export function lockoutSeconds(failures: number, policy: LockoutPolicy = defaultLockoutPolicy): number {
  if (!Number.isInteger(failures) || failures < policy.freeAttempts) return 0;
  const step = failures - policy.freeAttempts;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(step, 30));
}
