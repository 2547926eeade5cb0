/**
 * Issue 8.1: every tenant table can be distributed by `commune_id` — its primary key is `(commune_id, id)` (or starts
 * with `commune_id` when the table has no id), and every unique index and every foreign key to another tenant table
 * includes `commune_id`. Reads the drizzle schema itself, so a table that breaks the rule fails here first.
 */
import {
  foreignKey,
  getTableConfig,
  integer,
  PgTable,
  pgTable,
  primaryKey,
  uniqueIndex,
  uuid,
  type TableConfig,
} from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../src/schema/index.ts';
import { tableKinds } from '../src/schema/tenancy.ts';

type Config = ReturnType<typeof getTableConfig<PgTable<TableConfig>>>;

/** What keeps a table from being distributed by commune_id; empty when nothing does. */
function tenantKeyProblems(t: Config, kindOf: (name: string) => string | undefined): string[] {
  const problems: string[] = [];
  const pk = t.primaryKeys[0]?.columns.map((c) => c.name) ?? t.columns.filter((c) => c.primary).map((c) => c.name);
  const hasId = t.columns.some((c) => c.name === 'id');
  if (pk[0] !== 'commune_id' || (hasId && pk.join() !== 'commune_id,id'))
    problems.push(`primary key (${pk.join(', ')})`);
  for (const index of t.indexes.filter((i) => i.config.unique)) {
    const names = index.config.columns.map((c) => ('name' in c ? c.name : ''));
    if (!names.includes('commune_id')) problems.push(`unique index ${index.config.name} without commune_id`);
  }
  for (const unique of t.uniqueConstraints)
    if (!unique.columns.some((c) => c.name === 'commune_id'))
      problems.push(`unique constraint ${unique.getName()} without commune_id`);
  for (const fk of t.foreignKeys) {
    const ref = fk.reference();
    const target = getTableConfig(ref.foreignTable).name;
    if (kindOf(target) !== 'tenant') continue;
    if (ref.columns[0]?.name !== 'commune_id' || ref.foreignColumns[0]?.name !== 'commune_id')
      problems.push(`foreign key to ${target} without commune_id`);
  }
  return problems;
}

const tables = Object.values(schema as Record<string, unknown>)
  .filter((v): v is PgTable => v instanceof PgTable)
  .map((t) => getTableConfig(t));
const kindOf = (name: string) => tableKinds[name];

describe('tenant keys (Citus-ready schema)', () => {
  it('every table is classified as tenant, reference or local, and every classified table exists', () => {
    expect(tables.map((t) => t.name).filter((n) => !(n in tableKinds))).toEqual([]);
    expect(Object.keys(tableKinds).filter((n) => !tables.some((t) => t.name === n))).toEqual([]);
  });

  it.each(tables.filter((t) => kindOf(t.name) === 'tenant').map((t) => [t.name, t] as const))(
    '%s is keyed and referenced by commune_id',
    (_name, t) => {
      expect(tenantKeyProblems(t, kindOf)).toEqual([]);
    },
  );

  it('catches a table keyed by id alone, a unique index without commune_id and a foreign key by id alone', () => {
    const parent = pgTable('parent', { communeId: integer('commune_id').notNull(), id: uuid('id').notNull() }, (t) => [
      primaryKey({ columns: [t.communeId, t.id] }),
    ]);
    const child = pgTable(
      'child',
      {
        id: uuid('id').primaryKey(),
        communeId: integer('commune_id').notNull(),
        parentId: uuid('parent_id').notNull(),
      },
      (t) => [
        uniqueIndex('child_parent_uq').on(t.parentId),
        foreignKey({ columns: [t.parentId], foreignColumns: [parent.id] }),
      ],
    );
    const kinds = (name: string) => (name === 'parent' || name === 'child' ? 'tenant' : undefined);
    expect(tenantKeyProblems(getTableConfig(parent), kinds)).toEqual([]);
    expect(tenantKeyProblems(getTableConfig(child), kinds)).toEqual([
      'primary key (id)',
      'unique index child_parent_uq without commune_id',
      'foreign key to parent without commune_id',
    ]);
  });
});
