/**
 * Opens the product's database with two roles (ANM-06): the migrator (the schema's owner) applies migrations under a
 * lock and grants the app role its rights; the product's pool then connects as the app role, which may only read
 * and write rows and only add to the audit log.
 * - embedded (default): a PostgreSQL in `dataDir`; the owner is the server's superuser, the app role `hgcs_app` is
 *   created or updated here with a random password kept in `dataDir/app-password` (mode 0600).
 * - `url` (DATABASE_URL) is the app role and `migrationUrl` (MIGRATION_DATABASE_URL) the owner. With `url` alone
 *   the product keeps working as one role, as before, and says so in a warning.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { appRoleName } from './app-role.ts';
import { connect, type Db } from './client.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { migrateDatabase } from './migrate.ts';

export type OpenDatabase = { db: Db; pool: pg.Pool; url: string; embedded: boolean; close: () => Promise<void> };

type Options = {
  url?: string;
  migrationUrl?: string;
  dataDir: string;
  log?: (m: string) => void;
  warn?: (m: string) => void;
};

/** Opens (and migrates) the database; `close()` ends the pool and stops an embedded server. */
export async function openDatabase({
  url,
  migrationUrl,
  dataDir,
  log,
  warn = () => {},
}: Options): Promise<OpenDatabase> {
  let stopServer = async () => {};
  let appUrl: string;
  if (!url) {
    const server = await startEmbeddedPostgres(dataDir, { log });
    stopServer = server.stop;
    await ensureDatabase(server.url('postgres'), 'hgcs');
    const password = appPassword(dataDir);
    await migrateDatabase(server.url('hgcs'), { appRole: { name: appRoleName, password } });
    appUrl = withCredentials(server.url('hgcs'), appRoleName, password);
  } else if (migrationUrl) {
    await migrateDatabase(migrationUrl, { appRole: { name: decodeURIComponent(new URL(url).username) } });
    appUrl = url;
  } else {
    warn(
      'Chưa đặt MIGRATION_DATABASE_URL: DATABASE_URL vừa sở hữu lược đồ vừa chạy sản phẩm, nên nhật ký kiểm toán không được bảo vệ khỏi nó. / MIGRATION_DATABASE_URL is not set: DATABASE_URL both owns the schema and runs the product, so the audit log is not protected from it (see README).',
    );
    await migrateDatabase(url);
    appUrl = url;
  }
  const { db, pool, close } = connect(appUrl);
  return {
    db,
    pool,
    url: appUrl,
    embedded: !url,
    close: async () => {
      await close();
      await stopServer();
    },
  };
}

/** The app role's password, created on first use beside the embedded data (mode 0600). */
function appPassword(dataDir: string): string {
  const file = join(dataDir, 'app-password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** The same server and database as `url`, logged in as `user`. */
export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
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
