/**
 * `pnpm start` keeps the API running (issue 7.12): a crashed API is started again after a pause and serves again;
 * one that keeps failing right after starting is given up with a clear message and exit 1.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { supervise } from '../../../tooling/scripts/src/supervise.ts';
import { eventually, freePort, health, postmasterPid, repoRoot, startProcess } from './start-process.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755); // run as root, PostgreSQL's own user must reach the data directory inside
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

it('restarts the API after its embedded PostgreSQL died, and it serves again', async () => {
  const dataDir = tempDir('hgcs-supervised-');
  const port = await freePort();
  const { DATABASE_URL: _url, EVIDENCE_DIR: _evidence, ...env } = process.env;
  let gaveUp = false;
  const api = supervise(
    {
      name: 'api',
      args: ['apps/api/src/main.ts'],
      cwd: repoRoot,
      env: { ...env, HGCS_DATA_DIR: dataDir, API_PORT: String(port), LOG_LEVEL: 'warn' },
    },
    { onGiveUp: () => (gaveUp = true) },
  );
  try {
    await eventually(async () => (await health(port)).status === 200, 120);
    const firstApi = api.child();
    const firstPostgres = postmasterPid(dataDir);
    process.kill(firstPostgres, 'SIGKILL');
    await eventually(() => api.child() !== firstApi, 60);
    await eventually(async () => (await health(port)).status === 200, 120);
    expect(postmasterPid(dataDir)).not.toBe(firstPostgres);
    expect(gaveUp).toBe(false);
  } finally {
    await api.stop();
  }
}, 300_000);

it('start-all gives up an API that keeps failing right after starting, with growing pauses and a clear message', async () => {
  const taken = createServer();
  const port = await new Promise<number>((resolve) =>
    taken.listen(0, '127.0.0.1', () => resolve((taken.address() as { port: number }).port)),
  );
  try {
    const all = startProcess(
      { HGCS_DATA_DIR: tempDir('hgcs-give-up-'), API_PORT: String(port) },
      'tooling/scripts/src/start-all.ts',
    );
    expect(await all.exited).toBe(1);
    const pauses = [...all.err().matchAll(/restarting in (\d+) s/g)].map((m) => Number(m[1]));
    expect(pauses).toEqual([1, 2, 4, 8]);
    expect(all.err()).toContain(`Port ${port} is already in use`);
    expect(all.err()).toContain('[api] dừng 5 lần liên tiếp ngay sau khi khởi động; không khởi động lại nữa');
    expect(all.out()).not.toContain('sẵn sàng');
  } finally {
    taken.close();
  }
}, 600_000); // five starts of the API: each took over a minute on a loaded 2-core machine
