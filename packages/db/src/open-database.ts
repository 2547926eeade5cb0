/**
 * Opens the product's database: the PostgreSQL at `url` when given (production), otherwise an embedded one in
 * `dataDir` (default). Creates the database on first use and applies migrations under a lock.
 */
import pg from 'pg';
import { connect, type Db } from './client.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { migrateDatabase } from './migrate.ts';

export type OpenDatabase = { db: Db; pool: pg.Pool; url: string; embedded: boolean; close: () => Promise<void> };

/** Opens (and migrates) the database; `close()` ends the pool and stops an embedded server. */
export async function openDatabase({ url, dataDir, log }: { url?: string; dataDir: string; log?: (m: string) => void }): Promise<OpenDatabase> {
  let stopServer = async () => {};
  let dbUrl = url;
  if (!dbUrl) {
    const server = await startEmbeddedPostgres(dataDir, { log });
    stopServer = server.stop;
    await ensureDatabase(server.url('postgres'), 'hgcs');
    dbUrl = server.url('hgcs');
  }
  await migrateDatabase(dbUrl);
  const { db, pool, close } = connect(dbUrl);
  return { db, pool, url: dbUrl, embedded: !url, close: async () => { await close(); await stopServer(); } };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}
