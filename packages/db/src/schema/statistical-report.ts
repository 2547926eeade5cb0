/**
 * The commune's statistical reports to the Ministry (Circular 03/2019/TT-BTP periods; issue 13 point 9): one row per
 * commune, period kind and year. `figures` is the report as the domain built it when it was last prepared — a stored
 * snapshot, so an approved (locked) report keeps its figures when cases change later. Approval by the chairman locks
 * it; reopening (back to prepared) keeps the last reason here and in the audit log. Tenant table keyed
 * `(commune_id, id)`.
 */
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';

export const statisticalReports = pgTable(
  'statistical_reports',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    year: integer('year').notNull(),
    periodKind: text('period_kind', { enum: ['six_month', 'annual_preliminary', 'annual_official'] }).notNull(),
    status: text('status', { enum: ['prepared', 'approved'] }).notNull(),
    figures: jsonb('figures').notNull(),
    preparedBy: uuid('prepared_by').notNull(),
    preparedAt: timestamp('prepared_at', { withTimezone: true }).notNull(),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    reopenedReason: text('reopened_reason'),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('statistical_reports_period_uq').on(t.communeId, t.year, t.periodKind),
    check('statistical_reports_status_ck', sql`${t.status} in ('prepared', 'approved')`),
    check(
      'statistical_reports_kind_ck',
      sql`${t.periodKind} in ('six_month', 'annual_preliminary', 'annual_official')`,
    ),
    check('statistical_reports_approved_ck', sql`(${t.status} = 'approved') = (${t.approvedAt} is not null)`),
  ],
);
