/** @hgcs/db — schema, migrations, the database handle and the queries of each aggregate. */
export * from './client.ts';
export * as schema from './schema/index.ts';
export { openDatabase, type OpenDatabase } from './open-database.ts';
export { migrateDatabase } from './migrate.ts';
export { startEmbeddedPostgres } from './embedded.ts';
export * from './queries/audit.ts';
export * from './queries/commune.ts';
export * from './queries/user.ts';
export * from './queries/plan.ts';
export * from './queries/work-item.ts';
export * from './queries/evidence.ts';
export * from './queries/signoff.ts';
export { seedCommune, type CommuneSeed } from './seed.ts';
export * from './queries/health.ts';
