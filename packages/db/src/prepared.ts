/**
 * Prepared statements for hot reads: PostgreSQL parses and plans them once per connection instead of on every
 * call (performance.md: "prepare hot statements"). One set per database handle.
 */
import type { Db } from './client.ts';

const perDb = new WeakMap<Db, Map<string, unknown>>();

/** The prepared statement `name` for this database, built on first use. */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let statements = perDb.get(db);
  if (!statements) perDb.set(db, (statements = new Map()));
  if (!statements.has(name)) statements.set(name, build(db));
  return statements.get(name) as T;
}
