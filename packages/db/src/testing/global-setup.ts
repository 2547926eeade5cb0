/**
 * vitest globalSetup: one embedded PostgreSQL per test run, in a temporary directory, with a template database
 * migrated once. Each test file then clones a fresh database from it (see create-test-database.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded.ts';
import { migrateDatabase } from '../migrate.ts';

export const templateName = 'hgcs_template';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'hgcs-test-pg-'));
  const server = await startEmbeddedPostgres(dir, { persistent: false });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query(`create database ${templateName}`);
  await admin.end();
  await migrateDatabase(server.url(templateName));
  project.provide('hgcsPgAdminUrl', server.url('postgres'));
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  interface ProvidedContext {
    hgcsPgAdminUrl: string;
  }
}
