/**
 * Before starting PostgreSQL on a data directory, deals with what its `postmaster.pid` names — and signals a process
 * only once it is proven to be this directory's postmaster with no live owner (see inspect-postmaster.ts):
 * another instance's server makes start-up stop with a clear message; an orphan is asked for a fast, clean shutdown;
 * a stale file naming an unrelated process is removed (the process is left alone).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedStartError } from './embedded-start-error.ts';
import { inspectPostmaster, isRunning } from './inspect-postmaster.ts';

/** Makes way for a new server in `pgDir`, or throws STARTUP.DATA_DIR_IN_USE. */
export async function clearStaleServer(
  pgDir: string,
  dataDir: string,
  ownerPid: number | null,
  log: (m: string) => void,
): Promise<void> {
  const found = inspectPostmaster(pgDir, ownerPid);
  if (found.state === 'owned')
    throw new EmbeddedStartError('STARTUP.DATA_DIR_IN_USE', { dir: dataDir, pid: found.pid });
  if (found.state === 'stale') {
    log(`postmaster.pid names process ${found.pid}, which is not this directory's PostgreSQL: removing the stale file`);
    rmSync(join(pgDir, 'postmaster.pid'), { force: true });
  }
  if (found.state === 'orphan') {
    log(`stopping PostgreSQL left running by an earlier process (pid ${found.pid})`);
    process.kill(found.pid, 'SIGINT');
    for (let i = 0; i < 300 && isRunning(found.pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
}
