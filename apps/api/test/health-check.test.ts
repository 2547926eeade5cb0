/**
 * /health's evidence-disk probe (issue 7.12): it writes and removes a probe file, and caches the answer for a few
 * seconds (time passed in, never read from the clock).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@hgcs/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { healthCheck } from '../src/health/check-health.ts';

let t: TestDatabase;
const dir = mkdtempSync(join(tmpdir(), 'hgcs-health-'));
beforeAll(async () => (t = await createTestDatabase()));
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

it('reports the evidence directory down once it cannot take a file, after the cache expires, and up again', async () => {
  let now = 1_000_000;
  const evidenceDir = join(dir, 'evidence');
  const check = healthCheck({ db: t.db, evidenceDir, cacheMs: 5000, now: () => now });

  expect(await check()).toEqual({ status: 'ok', database: 'up', evidence: 'up' });
  expect(readdirSync(evidenceDir)).toEqual([]); // the probe file is gone

  rmSync(evidenceDir, { recursive: true });
  writeFileSync(evidenceDir, 'not a directory');
  now += 4999;
  expect((await check()).status).toBe('ok'); // cached
  now += 1;
  expect(await check()).toEqual({ status: 'down', database: 'up', evidence: 'down' });

  rmSync(evidenceDir);
  now += 5000;
  expect(await check()).toEqual({ status: 'ok', database: 'up', evidence: 'up' });
  expect(existsSync(evidenceDir)).toBe(true);
});

it('reports the database down when it does not answer', async () => {
  const other = await createTestDatabase();
  await other.close();
  expect(await healthCheck({ db: other.db })()).toEqual({ status: 'down', database: 'down' });
});
