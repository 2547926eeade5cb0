/**
 * What the chairman writes down for one year of the plan, beside the figures the work items give: the year's plan's
 * own issuing date (the year plan is dated by it, not by the day it is printed), and the difficulties, next steps
 * and proposals the year's report prints. One row per commune, plan and year; a tenant table keyed `(commune_id, id)`
 * (tenancy.ts). Free text may name people, so it lives here (erasable), and the audit keeps only that it changed.
 */
import {
  date,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';
import { plans } from './plan.ts';

export const yearRecords = pgTable(
  'year_records',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    planId: uuid('plan_id').notNull(),
    year: integer('year').notNull(),
    /** The day the year's plan was (or is to be) issued; null prints a blank date for the clerk. */
    planIssuedOn: date('plan_issued_on', { mode: 'string' }),
    difficulties: text('difficulties'),
    nextSteps: text('next_steps'),
    proposals: text('proposals'),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('year_records_commune_plan_year_uq').on(t.communeId, t.planId, t.year),
    foreignKey({
      name: 'year_records_plan_fk',
      columns: [t.communeId, t.planId],
      foreignColumns: [plans.communeId, plans.id],
    }).onDelete('cascade'),
  ],
);
