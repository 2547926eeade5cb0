/**
 * Rate limits (RC-01, ANM-03) keyed on the real client (the host resolves it: socket, trusted proxy or the
 * console/kiosk servers) and, for sign-in, on the account too. Counters live in PostgreSQL so every API process
 * sees the same ones: one single-row upsert per hit, a fixed window per key. Keys are hashed, so the table holds
 * no address or username. The read policies (public, kiosk) have a local allowance: a client's first 20 hits of
 * a window in a process are admitted on its own count and sent to PostgreSQL in one batch within a second
 * (rate-allowance.ts) — a kiosk visitor's few calls cost no commit each. Sign-in has none: every attempt is counted
 * in PostgreSQL before it is answered. When PostgreSQL does not answer, an in-process counter of the same policy
 * insures it.
 */
import { createHash } from 'node:crypto';
import { hitRateLimit, sweepRateLimits, type Db } from '@hgcs/db';
import { localAllowanceFor } from './rate-allowance.ts';

export type RatePolicy = { name: string; limit: number; windowMs: number; localAllowance?: number };

const minute = 60_000;

/** The policies: public and kiosk reads per client; sign-in per client and per username (10 per 15 minutes). */
export const ratePolicies = {
  public: { name: 'public', limit: 300, windowMs: minute, localAllowance: 20 },
  kiosk: { name: 'kiosk', limit: 300, windowMs: minute, localAllowance: 20 },
  signInClient: { name: 'signin-client', limit: 30, windowMs: 15 * minute },
  signInAccount: { name: 'signin-account', limit: 10, windowMs: 15 * minute },
  /** Requests for mediation per registered kiosk device (its id, not its address): a few an hour is plenty. */
  kioskSubmit: { name: 'kiosk-submit', limit: 20, windowMs: 60 * minute },
  /** Request checks per client (the per-code lock is on the receipt, kiosk-request/check-request.ts). */
  kioskCheck: { name: 'kiosk-check', limit: 30, windowMs: 15 * minute },
  /** Certificate verifications per client (issue 13, point 6): a QR scanned now and then, never a code search. */
  certificateVerify: { name: 'certificate-verify', limit: 30, windowMs: 15 * minute },
} as const satisfies Record<string, RatePolicy>;

const sweepEvery = 1_000;
let hitsSinceSweep = 0;

/**
 * Counts one hit of `subject` (a client address or a username) under `policy`; false when it is over the limit
 * (the caller answers 429).
 * @example if (!(await takeHit(ctx.db, ratePolicies.public, ctx.ip, ctx.now))) throw new DomainError('RATE.LIMITED');
 */
export async function takeHit(db: Db, policy: RatePolicy, subject: string, now: Date): Promise<boolean> {
  const key = `${policy.name}:${createHash('sha256').update(subject).digest('base64url')}`;
  const local = policy.localAllowance ? localAllowanceFor(db) : null;
  let count = 1;
  if (local) {
    if (local.refused(key, now)) return false;
    if (
      local.admit(key, { limit: policy.limit, windowMs: policy.windowMs, localAllowance: policy.localAllowance! }, now)
    )
      return true;
    count += local.takeUnsent(key);
  }
  try {
    const { hits, resetAt } = await hitRateLimit(db, key, policy.windowMs, now, count);
    if (++hitsSinceSweep >= sweepEvery) {
      hitsSinceSweep = 0;
      await sweepRateLimits(db, now);
    }
    if (hits > policy.limit) local?.refuse(key, resetAt);
    return hits <= policy.limit;
  } catch {
    return memoryHit(key, policy, now, count) <= policy.limit;
  }
}

const memoryCapacity = 10_000;
const memory = new Map<string, { hits: number; resetAt: number }>();

/** The insurance counter: same fixed window, bounded by dropping ended windows first, then the oldest keys. */
function memoryHit(key: string, policy: RatePolicy, now: Date, count: number): number {
  const t = now.getTime();
  const current = memory.get(key);
  const entry =
    current && current.resetAt > t
      ? { hits: current.hits + count, resetAt: current.resetAt }
      : { hits: count, resetAt: t + policy.windowMs };
  memory.delete(key);
  for (const [k, v] of memory) {
    // oldest first: ended windows, then the oldest keys while full
    if (memory.size < memoryCapacity && v.resetAt > t) break;
    memory.delete(k);
  }
  memory.set(key, entry);
  return entry.hits;
}

/** Sends the hits admitted on this process's allowance to PostgreSQL now (tests; the timer does it within a second). */
export function flushRateLimits(db: Db): Promise<void> {
  return localAllowanceFor(db).flush();
}
