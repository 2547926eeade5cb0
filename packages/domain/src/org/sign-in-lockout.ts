/**
 * Lock-out after repeated failed sign-ins, with growing locks (security.md ANM-03: 5 consecutive failures → a
 * temporary lock that grows 15 min → 1 h → 12 h; TCVN 14423 §4.5.2.2 a, b; ASVS 6.3.1). Wrong passwords and wrong
 * second-factor codes count together. Every `freeAttempts`-th consecutive failure locks the account: the first
 * lock lasts 15 minutes, the second one hour, every later one 12 hours. The count is reset only by a complete
 * sign-in (password and, when enrolled, a code) or by an administrator's unlock.
 */
export type LockoutPolicy = { freeAttempts: number; lockSeconds: readonly number[] };

/** Default: a lock after every 5 consecutive failures — 15 min, then 1 h, then 12 h each time. */
export const defaultLockoutPolicy: LockoutPolicy = { freeAttempts: 5, lockSeconds: [15 * 60, 60 * 60, 12 * 60 * 60] };

/**
 * How many seconds an account stays locked after its `failures`-th consecutive failure (0 = not locked).
 * @example lockoutSeconds(5) === 900; lockoutSeconds(6) === 0; lockoutSeconds(10) === 3600; lockoutSeconds(15) === 43200
 */
export function lockoutSeconds(failures: number, policy: LockoutPolicy = defaultLockoutPolicy): number {
  if (!Number.isInteger(failures) || failures < policy.freeAttempts || failures % policy.freeAttempts !== 0) return 0;
  const level = failures / policy.freeAttempts - 1;
  return policy.lockSeconds[Math.min(level, policy.lockSeconds.length - 1)]!;
}

/**
 * The lock of every failure count from 1 to `upTo` (index 0 = first failure), for the database to apply in the
 * same statement that counts the failure; counts beyond `upTo` use its last entry (a lock of the longest kind).
 */
export function lockoutTable(upTo = 60, policy: LockoutPolicy = defaultLockoutPolicy): number[] {
  return Array.from({ length: upTo }, (_, i) => lockoutSeconds(i + 1, policy));
}
