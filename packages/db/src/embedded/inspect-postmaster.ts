/**
 * What the `postmaster.pid` of a data directory says, checked against the running system before anyone acts on it:
 * a PID in that file can belong to an unrelated process by now (the file outlives a killed server, PIDs are reused).
 * - `none`: no file, or its PID is not running (PostgreSQL clears such a file itself);
 * - `stale`: the PID runs but is not a postmaster of this directory (the file may be removed, never the process);
 * - `orphan`: this directory's postmaster, left running by a start-up process that is gone (safe to stop);
 * - `owned`: this directory's postmaster, child of a live process that started it (another instance: leave it);
 * - `unknown`: it could not be checked (no /proc): touch nothing and let PostgreSQL's own lock decide.
 */
import { existsSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';

export type PostmasterState =
  | { state: 'none' }
  | { state: 'stale' | 'unknown'; pid: number }
  | { state: 'orphan' | 'owned'; pid: number; port: number };

/** Inspects `<pgDir>/postmaster.pid`; `ownerPid` is the process recorded as having started the server, if any. */
export function inspectPostmaster(pgDir: string, ownerPid: number | null): PostmasterState {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return { state: 'none' };
  const [pidLine = '', dirLine = '', , portLine = ''] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine.trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return { state: 'none' };
  if (!existsSync('/proc/self/stat')) return { state: 'unknown', pid };
  const dir = realpathSync(pgDir);
  if (!samePath(dirLine.trim(), dir) || !runsPostgresOn(pid, dir)) return { state: 'stale', pid };
  const port = Number(portLine.trim());
  return {
    state: ownerPid !== null && parentOf(pid) === ownerPid && isRunning(ownerPid) ? 'owned' : 'orphan',
    pid,
    port,
  };
}

/** True when `pid` is a `postgres` program serving `dir`: `-D <dir>` on its command line, or its working directory. */
function runsPostgresOn(pid: number, dir: string): boolean {
  const argv = readProc(pid, 'cmdline')?.split('\0') ?? [];
  if (basename(argv[0] ?? '') !== 'postgres') return false;
  const d = argv.indexOf('-D');
  if (d >= 0 && samePath(argv[d + 1] ?? '', dir)) return true;
  try {
    return samePath(readlinkSync(`/proc/${pid}/cwd`), dir);
  } catch {
    return false;
  }
}

/** The parent PID from /proc/<pid>/stat (the field after the parenthesised command name). */
function parentOf(pid: number): number | null {
  const stat = readProc(pid, 'stat');
  if (!stat) return null;
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

function samePath(a: string, b: string): boolean {
  if (!a) return false;
  try {
    return realpathSync(a) === b;
  } catch {
    return false;
  }
}

/** True when a process with this PID exists (EPERM means it exists but belongs to another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
