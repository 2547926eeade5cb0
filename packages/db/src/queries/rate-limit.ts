/** Rate-limit counters (RC-01): one atomic single-row upsert per hit, and a sweep of ended windows. */
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { rateLimits } from '../schema/rate-limit.ts';

/**
 * Counts `count` hits (default one) on `key` in a fixed window of `windowMs` and returns the hits so far in the
 * current window and when it ends. Concurrent hits on one key serialise on its row, so no hit is lost across API
 * processes.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  windowMs: number,
  now: Date,
  count = 1,
): Promise<{ hits: number; resetAt: Date }> {
  const [row] = await addHits(db, [{ key, hits: count, windowMs }], now).returning({
    hits: rateLimits.hits,
    resetAt: rateLimits.resetAt,
  });
  return row!;
}

/**
 * Adds hits counted elsewhere (an API process's local allowance) to their keys' windows, in one statement and one
 * commit. Each key at most once.
 */
export async function addRateLimitHits(
  db: Db,
  rows: { key: string; hits: number; windowMs: number }[],
  now: Date,
): Promise<void> {
  if (rows.length) await addHits(db, rows, now);
}

function addHits(db: Db, rows: { key: string; hits: number; windowMs: number }[], now: Date) {
  const ended = sql`${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz`;
  return db
    .insert(rateLimits)
    .values(rows.map((r) => ({ key: r.key, hits: r.hits, resetAt: new Date(now.getTime() + r.windowMs) })))
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${ended} then excluded.hits else ${rateLimits.hits} + excluded.hits end`,
        resetAt: sql`case when ${ended} then excluded.reset_at else ${rateLimits.resetAt} end`,
      },
    });
}

/** Deletes the counters whose window ended before `now` (they would be reset by their next hit anyway). */
export async function sweepRateLimits(db: Db, now: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.resetAt, now));
}
