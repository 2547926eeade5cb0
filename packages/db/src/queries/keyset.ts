/**
 * Keyset pagination on `(name, id)`: the rows after the row whose id is `after`, in the same order. The cursor is
 * an id (never a name: cursors travel in forms), and its sort key is read from the table in the same statement,
 * in the outer row's commune (a cursor of another commune finds nothing).
 */
import { sql, type Column, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** `(name, id) > (the after row's name, id)`, or undefined on the first page. */
export function afterRow(
  table: PgTable,
  columns: { communeId: Column; name: Column; id: Column },
  after: string | undefined,
): SQL | undefined {
  if (!after) return undefined;
  const [name, id, commune] = [
    sql.identifier(columns.name.name),
    sql.identifier(columns.id.name),
    sql.identifier(columns.communeId.name),
  ];
  return sql`(${columns.name}, ${columns.id}) > (select k.${name}, k.${id} from ${table} k where k.${commune} = ${columns.communeId} and k.${id} = ${after})`;
}

/** Escapes LIKE's wildcards in a user's word. */
export function likeEscaped(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}
