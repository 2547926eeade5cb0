/**
 * The local allowance of the read rate limits (src/rate-allowance.ts): a client's first 20 kiosk or public hits of a
 * window are admitted without a round trip and reach the shared counter in one batch; the limit (300 a minute per
 * client) still holds exactly in one process, and within the allowance across two; a refusal is remembered until
 * the window ends; sign-in keeps one counted hit per attempt, before it is answered.
 */
import { connect } from '@hgcs/db';
import { createTestDatabase, type TestDatabase } from '@hgcs/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushRateLimits, ratePolicies, takeHit, type RatePolicy } from '../src/rate-limit.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const now = new Date('2027-03-15T02:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
/** Every counter row's hits (keys are hashed; one client per test keeps them apart). */
const counted = async () =>
  (await t.owner.pool.query<{ hits: number }>('select hits from rate_limits order by hits desc')).rows.map(
    (r) => r.hits,
  );
const clear = () => t.owner.pool.query('delete from rate_limits');

/** `count` hits of `client` at `at`, in parallel; how many were admitted. */
async function hits(
  db: typeof t.db,
  client: string,
  count: number,
  at = now,
  policy: RatePolicy = ratePolicies.kiosk,
): Promise<number> {
  const answers = await Promise.all(Array.from({ length: count }, () => takeHit(db, policy, client, at)));
  return answers.filter(Boolean).length;
}

describe('the local allowance of the read limits', () => {
  it('admits a client’s first 20 hits without writing, then sends their count in one batch', async () => {
    await clear();
    expect(await hits(t.db, '10.0.0.1', 20)).toBe(20);
    expect(await counted()).toEqual([]);
    await flushRateLimits(t.db);
    expect(await counted()).toEqual([20]);
  });

  it('still admits exactly 300 of 320 hits of one client in a minute, and counts them all', async () => {
    await clear();
    expect(await hits(t.db, '10.0.0.2', 320)).toBe(300);
    await flushRateLimits(t.db);
    expect((await counted())[0]).toBeGreaterThanOrEqual(300);
  });

  it('remembers a refusal until the window ends, without asking PostgreSQL again', async () => {
    await clear();
    expect(await hits(t.db, '10.0.0.3', 301)).toBe(300);
    const [before] = await counted();
    expect(await hits(t.db, '10.0.0.3', 5, later(30_000))).toBe(0);
    expect(await counted()).toEqual([before]);
    expect(await hits(t.db, '10.0.0.3', 5, later(61_000))).toBe(5);
  });

  it('lets a second process admit at most its allowance once the first has used the limit', async () => {
    await clear();
    const other = connect(t.url);
    try {
      expect(await hits(t.db, '10.0.0.4', 300)).toBe(300);
      await flushRateLimits(t.db);
      const admitted = await hits(other.db, '10.0.0.4', 40);
      expect(admitted).toBeLessThanOrEqual(20);
      expect(await hits(other.db, '10.0.0.4', 5)).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('keeps the public and kiosk counters apart', async () => {
    await clear();
    expect(await hits(t.db, '10.0.0.5', 300, now, ratePolicies.kiosk)).toBe(300);
    expect(await hits(t.db, '10.0.0.5', 10, now, ratePolicies.public)).toBe(10);
  });
});

describe('sign-in', () => {
  it('counts every attempt in PostgreSQL before answering it (no allowance)', async () => {
    await clear();
    expect(await takeHit(t.db, ratePolicies.signInAccount, 'mot-nguoi', now)).toBe(true);
    expect(await counted()).toEqual([1]);
    expect(await hits(t.db, 'mot-nguoi', 10, now, ratePolicies.signInAccount)).toBe(9);
  });
});
