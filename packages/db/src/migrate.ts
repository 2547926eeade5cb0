/**
 * Applies the committed SQL migrations (drizzle/) under a PostgreSQL advisory lock, so two API processes
 * starting together never race. Safe to run on every start: applied migrations are skipped.
 */
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
const lockKey = 240_130_001;

/** Migrates the database at `url` to the latest schema. */
export async function migrateDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [lockKey]);
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [lockKey]).catch(() => undefined);
    await client.end();
  }
}
