/**
 * Imports of a commune's mediator lists (issue 10, point 8) waiting for the officer's confirmation. The upload is
 * read and checked once; its rows that can be written (`rows`) and its problems (`issues`) are kept here, not in the
 * registry, so the preview shows them and nothing reaches teams or mediators until the officer confirms. Confirming
 * writes the rows in one transaction, records the counts in `result` and empties `rows` and `issues` (the names are
 * then in the registry, not kept twice); a second confirmation answers the same `result`. A tenant table.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';

export const registryImportStatuses = ['pending', 'confirmed'] as const;

export const registryImports = pgTable(
  'registry_imports',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** SHA-256 of the uploaded file (the audit names the file by it, never by its content). */
    sha256: text('sha256').notNull(),
    /** Rows read from the sheet (headers and blank rows excluded). */
    rowCount: integer('row_count').notNull(),
    rows: jsonb('rows').notNull(),
    issues: jsonb('issues').notNull(),
    status: text('status', { enum: registryImportStatuses }).notNull().default('pending'),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** What the confirmation wrote: counts only. */
    result: jsonb('result'),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    index('registry_imports_commune_created_idx').on(t.communeId, t.createdAt),
    check('registry_imports_status_ck', sql`${t.status} in ('pending', 'confirmed')`),
    check(
      'registry_imports_confirmed_ck',
      sql`(${t.status} = 'confirmed') = (${t.confirmedAt} is not null and ${t.result} is not null)`,
    ),
  ],
);
