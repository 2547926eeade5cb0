/**
 * Start-up of the embedded PostgreSQL never hurts another process (issue 7.12) and works from a directory only
 * root can enter (issue 7.17): real servers in temporary directories.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../src/index.ts';
import { postgresBinaries } from '../src/embedded/postgres-binaries.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('leaves alone an unrelated process whose PID a stale postmaster.pid names, and starts', async () => {
  const dir = tempDir('hgcs-stale-pid-');
  const first = await startEmbeddedPostgres(dir);
  await first.stop();
  const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
  try {
    const pgDir = realpathSync(join(dir, 'pgdata'));
    // What a killed server leaves: its own data directory and port, but the PID now belongs to someone else.
    writeFileSync(
      join(pgDir, 'postmaster.pid'),
      `${sleeper.pid}\n${pgDir}\n1700000000\n5432\n/tmp\n127.0.0.1\n  1234567     65536\nready   \n`,
    );
    const server = await startEmbeddedPostgres(dir);
    expect(alive(sleeper.pid!)).toBe(true);
    expect(await query(server.url('postgres'), 'select 1 as one')).toEqual([{ one: 1 }]);
    expect(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]).toBe(String(server.pid));
    await server.stop();
    expect(alive(sleeper.pid!)).toBe(true);
  } finally {
    sleeper.kill('SIGKILL');
  }
}, 120_000);

it('refuses a second server on the same data directory while the first one runs, and the first keeps working', async () => {
  const dir = tempDir('hgcs-second-');
  const first = await startEmbeddedPostgres(dir);
  try {
    const second = startEmbeddedPostgres(dir);
    await expect(second).rejects.toMatchObject({ code: 'STARTUP.DATA_DIR_IN_USE' });
    await expect(second).rejects.toThrow(
      /đang được một API khác dùng .* \/ The data directory .* is in use by another running API/,
    );
    expect(alive(first.pid)).toBe(true);
    expect(await query(first.url('postgres'), 'select 1 as one')).toEqual([{ one: 1 }]);
  } finally {
    await first.stop();
  }
}, 120_000);

it('runs PostgreSQL whose programs and data sit under a directory only root can enter (mode 0700)', async () => {
  const locked = tempDir('hgcs-rootonly-');
  chmodSync(locked, 0o700);
  // As in a checkout under /root: the server tree (node_modules) and the data directory are both inside it.
  const nativeDir = join(locked, 'checkout', 'node_modules', 'native');
  cpSync(postgresBinaries().nativeDir, nativeDir, { recursive: true, verbatimSymlinks: true });
  const dataDir = join(locked, 'checkout', 'data', 'postgres');
  mkdirSync(dataDir, { recursive: true });
  const runtimeParent = tempDir('hgcs-runtime-');
  chmodSync(runtimeParent, 0o755); // like /var/lib
  const runtimeRoot = join(runtimeParent, 'hgcs');
  const options = { binaries: { nativeDir, version: 'test' }, runtimeRoot };

  const server = await startEmbeddedPostgres(dataDir, options);
  await query(server.url('postgres'), 'create table kept (n int); insert into kept values (42)');
  const program = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0')[0]!;
  const runsAs = Number(/Uid:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]);
  await server.stop();
  if (process.getuid?.() === 0) {
    expect(runsAs).not.toBe(0);
    expect(program.startsWith(runtimeRoot)).toBe(true);
  }

  const again = await startEmbeddedPostgres(dataDir, options);
  expect(await query(again.url('postgres'), 'select n from kept')).toEqual([{ n: 42 }]);
  await again.stop();
}, 180_000);
