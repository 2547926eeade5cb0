/**
 * vitest globalSetup: one embedded PostgreSQL per test run, in a temporary directory, with the app role and a
 * template database migrated once (as the owner, granting the app role its rights). Each test file then clones a
 * fresh database from it (see index.ts) and works as the app role, with production rights.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { appRoleName } from '../app-role.ts';
import { startEmbeddedPostgres } from '../embedded.ts';
import { migrateDatabase } from '../migrate.ts';
import { withCredentials } from '../open-database.ts';

export const templateName = 'hgcs_template';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'hgcs-test-pg-'));
  const server = await startEmbeddedPostgres(dir, { persistent: false });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query(`create database ${templateName}`);
  await admin.end();
  const appPassword = randomBytes(18).toString('hex');
  await migrateDatabase(server.url(templateName), { appRole: { name: appRoleName, password: appPassword } });
  project.provide('hgcsPgAdminUrl', server.url('postgres'));
  project.provide('hgcsPgAppUrl', withCredentials(server.url('postgres'), appRoleName, appPassword));
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  interface ProvidedContext {
    /** The owner (superuser) of the test server, on its `postgres` database. */
    hgcsPgAdminUrl: string;
    /** The app role on the test server's `postgres` database (swap the database name). */
    hgcsPgAppUrl: string;
  }
}
