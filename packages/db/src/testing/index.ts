/**
 * Test harness: a fresh, migrated database per test file, cloned from the run's template (real PostgreSQL,
 * no mocks). `db`/`url` log in as the app role, with exactly the product's rights; `owner` is the schema's owner,
 * for the few tests that must do what the product cannot (tamper with the audit log, break a table on purpose).
 * Use with `globalSetup: ['@hgcs/db/testing/global-setup']` in vitest.config.ts.
 * @example const { db, url, close } = await createTestDatabase(); afterAll(close);
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Db } from '../client.ts';
import { templateName } from './global-setup.ts';

export type Connection = { db: Db; pool: pg.Pool; url: string };
export type TestDatabase = Connection & { owner: Connection; close: () => Promise<void> };

/** Clones the migrated template into a new database and connects to it as the app role and as the owner. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('hgcsPgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateName}`);
  await admin.end();
  const ownerUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
  const url = inject('hgcsPgAppUrl').replace(/\/postgres$/, `/${name}`);
  const app = connect(url);
  const owner = connect(ownerUrl, { max: 2 });
  return {
    db: app.db,
    pool: app.pool,
    url,
    owner: { db: owner.db, pool: owner.pool, url: ownerUrl },
    close: async () => {
      await app.close();
      await owner.close();
    },
  };
}
