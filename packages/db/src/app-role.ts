/**
 * The application's own database role (ANM-06, RC-01): it logs in, is no superuser, owns nothing and may only read
 * and write rows (DML); on `audit_log` it may only INSERT and SELECT, so it can neither change nor remove audit
 * rows, nor disable their triggers (only a table's owner can). The migrator (the schema's owner) runs this after
 * every migration, so tables added by later migrations are covered; default privileges cover them in between.
 */
import type pg from 'pg';

/** The role the product's pool connects as, for the embedded database and the test harness. */
export const appRoleName = 'hgcs_app';

/** Per-statement and idle-in-transaction limits of the app role (RC-01); the pool sets the same ones. */
export const appTimeouts = { statementMs: 5_000, idleInTransactionMs: 15_000 };

/** Creates the app role, or sets its password, as the owner `client` (needs CREATEROLE). */
export async function ensureAppRole(client: pg.Client, role: string, password: string): Promise<void> {
  const name = client.escapeIdentifier(role);
  const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  const verb = rowCount ? 'alter' : 'create';
  await client.query(
    `${verb} role ${name} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${client.escapeLiteral(password)}`,
  );
  await client.query(`alter role ${name} set statement_timeout = ${appTimeouts.statementMs}`);
  await client.query(`alter role ${name} set idle_in_transaction_session_timeout = ${appTimeouts.idleInTransactionMs}`);
}

/** Grants the app role DML on every table of the schema, except UPDATE/DELETE/TRUNCATE on the audit log. */
export async function grantAppRole(client: pg.Client, role: string): Promise<void> {
  const name = client.escapeIdentifier(role);
  for (const statement of [
    `grant usage on schema public to ${name}`,
    `grant select, insert, update, delete on all tables in schema public to ${name}`,
    `grant usage, select on all sequences in schema public to ${name}`,
    `revoke update, delete, truncate, references, trigger on audit_log from ${name}`,
    `alter default privileges in schema public grant select, insert, update, delete on tables to ${name}`,
    `alter default privileges in schema public grant usage, select on sequences to ${name}`,
  ])
    await client.query(statement);
}
