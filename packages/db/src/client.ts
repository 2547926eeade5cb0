/**
 * The database handle every query takes as its first argument. One pg pool; drizzle over it with the schema.
 * Every connection carries the statement and idle-in-transaction limits (RC-01), whatever role it logs in as.
 */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { appTimeouts } from './app-role.ts';
import * as schema from './schema/index.ts';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle has the same query surface as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** Opens a pool on a PostgreSQL URL and wraps it in drizzle. `close()` ends the pool. */
export function connect(
  url: string,
  { max = 10 }: { max?: number } = {},
): { db: Db; pool: pg.Pool; close: () => Promise<void> } {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    statement_timeout: appTimeouts.statementMs,
    idle_in_transaction_session_timeout: appTimeouts.idleInTransactionMs,
  });
  // An idle connection the server ends (a restart, an administrator's termination, or the embedded server stopping
  // right after `close()`: pg's pool.end() resolves before its connections have finished closing) is dropped by the
  // pool, which then emits 'error'; without a listener that would crash the process. The next query opens a new one.
  pool.on('error', () => {});
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}
