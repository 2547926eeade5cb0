/**
 * The local allowance in front of the shared rate-limit counters (rate-limit.ts), one per database handle (≈ per
 * API process). A policy with a `localAllowance` lets this process admit a client's first hits of a window on its
 * own count, without a round trip; those hits are still added to the shared PostgreSQL counter, in one statement for
 * all clients, within `flushMs` (1 s). A hit beyond the allowance asks PostgreSQL as before, carrying the hits not
 * yet sent, so the shared count is exact when it decides. Once PostgreSQL has refused a client, this process refuses
 * it too until that window ends, allowance or not. So one process never admits more than the limit in a window, and
 * N processes at most (N − 1) × allowance more, for the second before the counts meet (docs/decisions.md 11).
 */
import { addRateLimitHits, type Db } from '@hgcs/db';

export type AllowancePolicy = { limit: number; windowMs: number; localAllowance: number };

type Counter = { hits: number; resetAt: number; refusedUntil: number };

const flushMs = 1_000;
const capacity = 10_000;

export type LocalAllowance = {
  /** True when this process may admit the hit of `key` on its own (and has counted it to send); false: ask PostgreSQL. */
  admit: (key: string, policy: AllowancePolicy, now: Date) => boolean;
  /** True while PostgreSQL's last answer for `key` refused it and its window has not ended. */
  refused: (key: string, now: Date) => boolean;
  /** The hits of `key` counted here and not yet sent (they travel with the synchronous hit); clears them. */
  takeUnsent: (key: string) => number;
  /** Remembers PostgreSQL's answer: over the limit until `resetAt`. */
  refuse: (key: string, resetAt: Date) => void;
  /** Sends every unsent hit now (the timer does it within a second; tests and shutdown call it). */
  flush: () => Promise<void>;
};

const allowances = new WeakMap<Db, LocalAllowance>();

/** The local allowance of a database handle. */
export function localAllowanceFor(db: Db): LocalAllowance {
  let allowance = allowances.get(db);
  if (!allowance) allowances.set(db, (allowance = createLocalAllowance(db)));
  return allowance;
}

function createLocalAllowance(db: Db): LocalAllowance {
  const counters = new Map<string, Counter>();
  const unsent = new Map<string, { hits: number; windowMs: number }>();
  let lastNow = new Date(0);
  let timer: NodeJS.Timeout | undefined;
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!unsent.size) return;
    const rows = [...unsent].map(([key, u]) => ({ key, ...u }));
    unsent.clear();
    // Counts that cannot be sent are dropped: while PostgreSQL is down, rate-limit.ts falls back to its own counter.
    await addRateLimitHits(db, rows, lastNow).catch(() => undefined);
  };
  const counterOf = (key: string, t: number) => {
    const current = counters.get(key);
    if (current && current.resetAt > t) return current;
    counters.delete(key); // a new window goes to the end of the order
    // Oldest first (a Map keeps insertion order): drop ended windows and, at capacity, the oldest counters — a client
    // dropped early only asks PostgreSQL sooner or gets its allowance again (more than 10,000 clients a window).
    for (const [k, v] of counters) {
      if (counters.size < capacity && (v.resetAt > t || v.refusedUntil > t)) break;
      counters.delete(k);
    }
    const fresh = { hits: 0, resetAt: Number.POSITIVE_INFINITY, refusedUntil: current?.refusedUntil ?? 0 };
    counters.set(key, fresh);
    return fresh;
  };
  return {
    admit: (key, policy, now) => {
      const t = now.getTime();
      const counter = counterOf(key, t);
      if (counter.resetAt === Number.POSITIVE_INFINITY) counter.resetAt = t + policy.windowMs;
      if (counter.refusedUntil > t || counter.hits >= Math.min(policy.localAllowance, policy.limit)) return false;
      counter.hits++;
      const u = unsent.get(key);
      if (u) u.hits++;
      else unsent.set(key, { hits: 1, windowMs: policy.windowMs });
      if (now > lastNow) lastNow = now;
      timer ??= setTimeout(() => void flush(), flushMs).unref();
      return true;
    },
    refused: (key, now) => (counters.get(key)?.refusedUntil ?? 0) > now.getTime(),
    takeUnsent: (key) => {
      const u = unsent.get(key);
      unsent.delete(key);
      return u?.hits ?? 0;
    },
    refuse: (key, resetAt) => {
      const counter = counters.get(key);
      if (counter) counter.refusedUntil = resetAt.getTime();
    },
    flush,
  };
}
