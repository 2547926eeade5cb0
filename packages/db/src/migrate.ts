/**
 * Applies the committed SQL migrations (drizzle/) under a PostgreSQL advisory lock, so two API processes
 * starting together never race, then (given an app role) creates or updates that role and grants it its rights.
 * Runs as the migrator (the schema's owner). Safe to run on every start: applied migrations are skipped.
 */
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { ensureAppRole, grantAppRole } from './app-role.ts';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
const lockKey = 240_130_001;

/** The app role to grant rights to after migrating; with a password, the role is also created or updated. */
export type AppRole = { name: string; password?: string };

/** Migrates the database at the owner's `url` to the latest schema, then grants `appRole` (when given) its rights. */
export async function migrateDatabase(url: string, { appRole }: { appRole?: AppRole } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [lockKey]);
    await migrate(drizzle(client), { migrationsFolder });
    if (appRole?.password) await ensureAppRole(client, appRole.name, appRole.password);
    if (appRole) await grantAppRole(client, appRole.name);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [lockKey]).catch(() => undefined);
    await client.end();
  }
}
