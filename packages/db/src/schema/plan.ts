/**
 * A commune's plan as stored: plan → groups (numbered sections) → tasks, copied from @hgcs/domain plan data at
 * seed time so each commune can later adjust its own. Timing is the domain's Timing value (jsonb). Tenant tables:
 * keyed `(commune_id, id)`, and every reference between them carries `commune_id` (tenancy.ts).
 */
import type { Timing } from '@hgcs/domain';
import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';

export const plans = pgTable(
  'plans',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    basis: jsonb('basis').$type<string[]>().notNull(),
    funding: jsonb('funding').$type<string[]>().notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communeId, t.id] }), uniqueIndex('plans_commune_code_uq').on(t.communeId, t.code)],
);

export const planGroups = pgTable(
  'plan_groups',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    planId: uuid('plan_id').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    activities: jsonb('activities').$type<string[]>().notNull(),
    weight: real('weight').notNull().default(1),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'plan_groups_plan_fk',
      columns: [t.communeId, t.planId],
      foreignColumns: [plans.communeId, plans.id],
    }).onDelete('cascade'),
    uniqueIndex('plan_groups_commune_plan_code_uq').on(t.communeId, t.planId, t.code),
  ],
);

export const planTasks = pgTable(
  'plan_tasks',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    planId: uuid('plan_id').notNull(),
    groupId: uuid('group_id').notNull(),
    code: text('code').notNull(),
    content: text('content').notNull(),
    leadAgencyCode: text('lead_agency_code').notNull(),
    leadNote: text('lead_note'),
    coordinatingAgencyCodes: text('coordinating_agency_codes').array().notNull(),
    coordinatingOthers: text('coordinating_others'),
    timingText: text('timing_text').notNull(),
    timing: jsonb('timing').$type<Timing>().notNull(),
    expectedEvidence: jsonb('expected_evidence').$type<string[]>().notNull(),
    weight: real('weight').notNull().default(1),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'plan_tasks_plan_fk',
      columns: [t.communeId, t.planId],
      foreignColumns: [plans.communeId, plans.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'plan_tasks_group_fk',
      columns: [t.communeId, t.groupId],
      foreignColumns: [planGroups.communeId, planGroups.id],
    }).onDelete('cascade'),
    uniqueIndex('plan_tasks_commune_plan_code_uq').on(t.communeId, t.planId, t.code),
    index('plan_tasks_commune_group_idx').on(t.communeId, t.groupId),
  ],
);
