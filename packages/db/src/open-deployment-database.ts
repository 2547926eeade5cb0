/**
 * Opens the deployment's database for a command run beside the product (`pnpm commune:add`), whether the product
 * is running or not: DATABASE_URL when set; otherwise the embedded PostgreSQL of `dataDir`. Its files can be served
 * by one server only, so when a live process (the API) runs that server, the command connects to it — the port is
 * in the data directory's postmaster.pid, checked by `inspectPostmaster` — and otherwise starts it itself (and
 * stops it again in `close()`), migrating as the product would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDomainError } from '@hgcs/domain';
import { connect, type Db } from './client.ts';
import { inspectPostmaster } from './embedded/inspect-postmaster.ts';
import { openDatabase } from './open-database.ts';

export type DeploymentDatabase = {
  db: Db;
  close: () => Promise<void>;
  via: 'url' | 'running-server' | 'started-server';
};
type Options = { url?: string; migrationUrl?: string; dataDir: string; log?: (m: string) => void };

/** Connects to the running server of `dataDir`, starts one, or uses `url`. */
export async function openDeploymentDatabase({
  url,
  migrationUrl,
  dataDir,
  log,
}: Options): Promise<DeploymentDatabase> {
  if (url) return { ...(await openDatabase({ url, migrationUrl, dataDir, log })), via: 'url' };
  const running = runningServerUrl(dataDir);
  if (running) return { ...connect(running), via: 'running-server' };
  try {
    return { ...(await openDatabase({ dataDir, log })), via: 'started-server' };
  } catch (error) {
    // The product started its server while we waited for the start-up lock: use that one.
    const now = isDomainError(error) && error.code === 'STARTUP.DATA_DIR_IN_USE' ? runningServerUrl(dataDir) : null;
    if (!now) throw error;
    return { ...connect(now), via: 'running-server' };
  }
}

/** The URL of the server a live process runs on `dataDir`'s data, or null. */
function runningServerUrl(dataDir: string): string | null {
  const ownerFile = join(dataDir, 'postmaster.owner');
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8').trim()) : NaN;
  const found = inspectPostmaster(join(dataDir, 'pgdata'), Number.isInteger(owner) && owner > 0 ? owner : null);
  if (found.state !== 'owned') return null;
  const password = readFileSync(join(dataDir, 'password'), 'utf8').trim();
  return `postgres://hgcs:${encodeURIComponent(password)}@127.0.0.1:${found.port}/hgcs`;
}
