/**
 * The commune's budget for the plan (issue 13, point 7): each line planned (dự toán) or spent (thực chi), by funding
 * source and Circular 56/2023/TT-BTC spending category, with the norm whose cap was checked, linked to a plan task when
 * it pays for one. Amounts in whole đồng (bigint). A retried form finds its line by the client's key and adds nothing.
 * Tenant table keyed `(commune_id, id)`.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';
import { planTasks } from './plan.ts';

export const budgetLines = pgTable(
  'budget_lines',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    clientKey: uuid('client_key').notNull(),
    year: integer('year').notNull(),
    kind: text('kind', { enum: ['planned', 'spent'] }).notNull(),
    source: text('source').notNull(),
    category: text('category').notNull(),
    norm: text('norm'),
    unitAmountVnd: bigint('unit_amount_vnd', { mode: 'number' }).notNull(),
    quantity: integer('quantity').notNull(),
    on: date('on', { mode: 'string' }),
    planTaskId: uuid('plan_task_id'),
    description: text('description').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'budget_lines_plan_task_fk',
      columns: [t.communeId, t.planTaskId],
      foreignColumns: [planTasks.communeId, planTasks.id],
    }),
    uniqueIndex('budget_lines_client_key_uq').on(t.communeId, t.clientKey),
    index('budget_lines_commune_year_idx').on(t.communeId, t.year),
    check('budget_lines_kind_ck', sql`${t.kind} in ('planned', 'spent')`),
    check('budget_lines_amount_ck', sql`${t.unitAmountVnd} > 0 and ${t.quantity} > 0`),
    check('budget_lines_year_ck', sql`${t.year} between 2024 and 2030`),
    check('budget_lines_spent_on_ck', sql`${t.kind} = 'planned' or ${t.on} is not null`),
  ],
);
