/**
 * Test harness: a fresh, migrated database per test file, cloned from the run's template (real PostgreSQL,
 * no mocks). Use with `globalSetup: ['@hgcs/db/testing/global-setup']` in vitest.config.ts.
 * @example const { db, url, close } = await createTestDatabase(); afterAll(close);
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Db } from '../client.ts';
import { templateName } from './global-setup.ts';

export type TestDatabase = { db: Db; pool: pg.Pool; url: string; close: () => Promise<void> };

/** Clones the migrated template into a new database and connects to it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('hgcsPgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateName}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const { db, pool, close } = connect(url);
  return { db, pool, url, close };
}
