/**
 * The API's clock from configuration (HGCS_CLOCK_START): it starts at the given instant and runs on; the real API
 * process started with it dates "today" by it (the browser tests rely on this); `pnpm start` refuses it unless
 * explicitly allowed; and the harness's clock reaches the console through `me.today`.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@hgcs/db/testing';
import { afterAll, expect, it } from 'vitest';
import { configuredClock } from '../src/configured-clock.ts';
import { clientFor, setupPassword, startServer } from './harness.ts';
import { freePort, startProcess } from './start-process.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

it('starts at the configured instant and runs on by the elapsed time', () => {
  let elapsed = 0;
  const clock = configuredClock('2027-03-15T02:00:00Z', () => elapsed);
  expect(clock().toISOString()).toBe('2027-03-15T02:00:00.000Z');
  elapsed = 90_500;
  expect(clock().toISOString()).toBe('2027-03-15T02:01:30.500Z');
  expect(configuredClock('2030-12-31T23:59:59+07:00', () => 0)().toISOString()).toBe('2030-12-31T16:59:59.000Z');
});

it('refuses a start that is not an instant', () => {
  expect(() => configuredClock('mai', () => 0)).toThrow(/HGCS_CLOCK_START/);
});

it("gives the console the API's today (Vietnam) with the signed-in user", async () => {
  const s = await startServer({ now: new Date('2027-12-31T17:30:00Z') });
  try {
    const { token } = await s.client().auth.signIn.mutate({ username: 'admin.24013', password: setupPassword });
    expect((await s.client(token).auth.me.query()).today).toBe('2028-01-01');
  } finally {
    await s.close();
  }
});

it('runs the real API process on the configured clock', async () => {
  const database = await createTestDatabase();
  const port = await freePort();
  const api = startProcess({
    HGCS_DATA_DIR: tempDir('hgcs-clock-'),
    DATABASE_URL: database.url,
    MIGRATION_DATABASE_URL: database.owner.url,
    API_PORT: String(port),
    HGCS_SETUP_PASSWORD: 'mat-khau-cai-dat-dong-ho-1',
    HGCS_CLOCK_START: '2029-06-01T01:00:00Z',
  });
  try {
    await api.ready;
    const client = (token?: string) => clientFor(`http://127.0.0.1:${port}`, token);
    const { token } = await client().auth.signIn.mutate({
      username: 'admin.24013',
      password: 'mat-khau-cai-dat-dong-ho-1',
    });
    expect((await client(token).auth.me.query()).today).toBe('2029-06-01');
    expect(api.out()).toContain('clock set by HGCS_CLOCK_START');
  } finally {
    api.child.kill('SIGTERM');
    await api.exited;
    await database.close();
  }
});

it('is refused by `pnpm start` unless explicitly allowed, before anything starts', async () => {
  const refused = startProcess(
    { HGCS_CLOCK_START: '2029-06-01T01:00:00Z', API_PORT: String(await freePort()) },
    'tooling/scripts/src/start-all.ts',
  );
  expect(await refused.exited).toBe(1);
  expect(refused.err()).toContain('HGCS_CLOCK_START chỉ dùng để kiểm thử');
  expect(refused.err()).toContain('HGCS_CLOCK_ALLOW=yes');
});
