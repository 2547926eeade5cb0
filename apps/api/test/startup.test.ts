/**
 * Start-up and running of the real API process (issue 7.12): a second instance on the same data directory is
 * refused and the first keeps working; a port in use is one clear line; when the embedded PostgreSQL dies,
 * /health says "down" and the API exits non-zero; with an external database it waits and recovers.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@hgcs/db';
import { afterAll, expect, it } from 'vitest';
import { alive, eventually, freePort, health, postmasterPid, startProcess, type ApiProcess } from './start-process.ts';

const dirs: string[] = [];
const running: ApiProcess[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755); // run as root, PostgreSQL's own user must reach the data directory inside
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGTERM');
  await Promise.all(running.map((p) => p.exited));
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});
const api = (env: Record<string, string>) => {
  const p = startProcess(env);
  running.push(p);
  return p;
};
const oneLine = (text: string) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

it('refuses a second API on the same data directory with one line and exit 1; the first keeps serving', async () => {
  const dataDir = tempDir('hgcs-two-');
  const [port1, port2] = [await freePort(), await freePort()];
  const first = api({ HGCS_DATA_DIR: dataDir, API_PORT: String(port1) });
  await first.ready;
  const pid = postmasterPid(dataDir);

  const second = api({ HGCS_DATA_DIR: dataDir, API_PORT: String(port2) });
  expect(await second.exited).toBe(1);
  expect(second.err()).toMatch(
    /đang được một API khác dùng .* \/ The data directory .* is in use by another running API/,
  );
  expect(oneLine(second.err())).toBe(true);
  expect(second.out()).not.toContain('API ready');

  expect(alive(pid)).toBe(true);
  expect(postmasterPid(dataDir)).toBe(pid);
  expect(await health(port1)).toEqual({ status: 200, body: { status: 'ok', database: 'up', evidence: 'up' } });

  // The embedded PostgreSQL dies: /health says down, then the API exits non-zero for its supervisor to restart it.
  process.kill(pid, 'SIGKILL');
  await eventually(async () => (await health(port1)).status === 503 || first.child.exitCode !== null, 20);
  expect(await first.exited).toBe(1);
  expect(first.err()).toContain('PostgreSQL đã dừng');
}, 240_000);

it('says which port is in use in one line and exits 1, never "ready"', async () => {
  const taken = createServer();
  const port = await new Promise<number>((resolve) =>
    taken.listen(0, '127.0.0.1', () => resolve((taken.address() as { port: number }).port)),
  );
  try {
    const p = api({ HGCS_DATA_DIR: tempDir('hgcs-port-'), API_PORT: String(port) });
    expect(await p.exited).toBe(1);
    expect(p.err()).toContain(`Cổng ${port} đang được chương trình khác dùng`);
    expect(p.err()).toContain(`Port ${port} is already in use`);
    expect(oneLine(p.err())).toBe(true);
    expect(p.out()).not.toContain('API ready');
  } finally {
    taken.close();
  }
}, 120_000);

it('with an external database: /health is 503 "down" while it is stopped, and the API serves again when it is back', async () => {
  const pgDir = tempDir('hgcs-external-');
  const pgPort = await freePort();
  let server = await startEmbeddedPostgres(pgDir, { port: pgPort });
  const port = await freePort();
  const p = api({
    HGCS_DATA_DIR: tempDir('hgcs-external-data-'),
    API_PORT: String(port),
    DATABASE_URL: server.url('postgres'),
  });
  try {
    await p.ready;
    expect((await health(port)).status).toBe(200);
    await server.stop();
    expect(await health(port)).toEqual({ status: 503, body: { status: 'down', database: 'down', evidence: 'up' } });
    server = await startEmbeddedPostgres(pgDir, { port: pgPort });
    await eventually(async () => (await health(port)).status === 200, 30);
    expect(p.child.exitCode).toBe(null);
  } finally {
    p.child.kill('SIGTERM');
    await p.exited;
    await server.stop();
  }
}, 240_000);

it('/health is 503 "down" when the evidence directory cannot take a file', async () => {
  const dataDir = tempDir('hgcs-evidence-down-');
  const notADirectory = join(dataDir, 'evidence-is-a-file');
  writeFileSync(notADirectory, 'x');
  const port = await freePort();
  const p = api({ HGCS_DATA_DIR: dataDir, API_PORT: String(port), EVIDENCE_DIR: notADirectory });
  await p.ready;
  expect(await health(port)).toEqual({ status: 503, body: { status: 'down', database: 'up', evidence: 'down' } });
}, 120_000);
