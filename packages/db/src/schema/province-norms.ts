/**
 * The province's own amounts (Circular 56/2023/TT-BTC Art. 5.1; issue 11 point 9, issue 13 point 7): each row is one
 * resolution of one kind — `remuneration` (the mediators' amounts per case and the team's monthly support) or
 * `spending` (caps of any item of Art. 3) — with the day it takes effect and its amounts per norm (`caps`, đồng).
 * One row per province, kind and day: setting the same day again replaces it. A reference table: a province's rows
 * are read by every commune of it (their claims and budgets), keyed `(province_code, id)`.
 */
import { sql } from 'drizzle-orm';
import { check, date, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { provinces } from './commune.ts';

export const provinceNormKindValues = ['remuneration', 'spending'] as const;

export const provinceNorms = pgTable(
  'province_norms',
  {
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: provinceNormKindValues }).notNull(),
    resolution: text('resolution').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    caps: jsonb('caps').$type<Record<string, number>>().notNull(),
    createdBy: uuid('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceCode, t.id] }),
    uniqueIndex('province_norms_day_uq').on(t.provinceCode, t.kind, t.effectiveFrom),
    check('province_norms_kind_ck', sql`${t.kind} in ('remuneration', 'spending')`),
  ],
);
