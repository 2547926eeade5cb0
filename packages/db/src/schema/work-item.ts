/**
 * Running the plan: dated work items (one per task, composite part and year, or one per recorded request or
 * higher-level plan), their evidence and comments, and the chairman's sign-off of a year. Overdue is derived
 * (domain `deriveWorkItemStatus`), never stored. `version` guards against lost updates. Tenant tables keyed
 * `(commune_id, id)`; every reference between them carries `commune_id` (tenancy.ts).
 */
import { sql } from 'drizzle-orm';
import {
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
import { plans, planTasks } from './plan.ts';

export const workItems = pgTable(
  'work_items',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    planId: uuid('plan_id').notNull(),
    taskId: uuid('task_id').notNull(),
    /** Composite part (8a: inspection_survey, interim_review, final_review), else null. */
    partKey: text('part_key'),
    year: integer('year').notNull(),
    /** Where the item came from: the plan's timing, a recorded request (4a), or a higher-level plan's dates. */
    origin: text('origin', { enum: ['plan', 'request', 'higher_plan'] }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['not_started', 'in_progress', 'done', 'cancelled'] })
      .notNull()
      .default('not_started'),
    progress: integer('progress').notNull().default(0),
    responsible: text('responsible'),
    notes: text('notes'),
    cancelReason: text('cancel_reason'),
    requestedBy: text('requested_by'),
    requestedOn: date('requested_on', { mode: 'string' }),
    requestReason: text('request_reason'),
    /** The client's idempotency key for items created on demand: a retry never creates a second item. */
    clientKey: text('client_key'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'work_items_plan_fk',
      columns: [t.communeId, t.planId],
      foreignColumns: [plans.communeId, plans.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'work_items_task_fk',
      columns: [t.communeId, t.taskId],
      foreignColumns: [planTasks.communeId, planTasks.id],
    }).onDelete('cascade'),
    index('work_items_commune_year_idx').on(t.communeId, t.year, t.dueDate),
    index('work_items_commune_task_idx').on(t.communeId, t.taskId),
    uniqueIndex('work_items_plan_occurrence_uq')
      .on(t.communeId, t.taskId, sql`coalesce(${t.partKey}, '')`, t.year)
      .where(sql`${t.origin} = 'plan'`),
    uniqueIndex('work_items_client_key_uq').on(t.communeId, t.clientKey),
    check('work_items_progress_range', sql`${t.progress} between 0 and 100`),
    check('work_items_cancel_reason', sql`(${t.status} = 'cancelled') = (${t.cancelReason} is not null)`),
  ],
);

export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    workItemId: uuid('work_item_id').notNull(),
    kind: text('kind', { enum: ['file', 'link'] }).notNull(),
    label: text('label').notNull(),
    /** For files: the type found in the content, the size and SHA-256, and the key under the evidence store. */
    mediaType: text('media_type'),
    size: integer('size'),
    sha256: text('sha256'),
    storageKey: text('storage_key'),
    /** For links: a path inside the product or an https URL. */
    url: text('url'),
    addedBy: uuid('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'evidence_work_item_fk',
      columns: [t.communeId, t.workItemId],
      foreignColumns: [workItems.communeId, workItems.id],
    }).onDelete('cascade'),
    index('evidence_commune_item_idx').on(t.communeId, t.workItemId),
  ],
);

export const workItemComments = pgTable(
  'work_item_comments',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    workItemId: uuid('work_item_id').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'work_item_comments_work_item_fk',
      columns: [t.communeId, t.workItemId],
      foreignColumns: [workItems.communeId, workItems.id],
    }).onDelete('cascade'),
    index('work_item_comments_commune_item_idx').on(t.communeId, t.workItemId),
  ],
);

/** The chairman's sign-off of a plan year: while signed, that year's items are locked. */
export const yearSignoffs = pgTable(
  'year_signoffs',
  {
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    planId: uuid('plan_id').notNull(),
    year: integer('year').notNull(),
    signedBy: uuid('signed_by').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.planId, t.year] }),
    foreignKey({
      name: 'year_signoffs_plan_fk',
      columns: [t.communeId, t.planId],
      foreignColumns: [plans.communeId, plans.id],
    }).onDelete('cascade'),
  ],
);

/**
 * Each reopening of a signed year, with the chairman's reason: kept here, in the commune's own data, because the
 * audit log keeps only that a reason was given (free text may name people, and audit rows cannot be erased).
 */
export const yearReopenings = pgTable(
  'year_reopenings',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    planId: uuid('plan_id').notNull(),
    year: integer('year').notNull(),
    reason: text('reason').notNull(),
    reopenedBy: uuid('reopened_by').notNull(),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'year_reopenings_plan_fk',
      columns: [t.communeId, t.planId],
      foreignColumns: [plans.communeId, plans.id],
    }).onDelete('cascade'),
    index('year_reopenings_commune_plan_year_idx').on(t.communeId, t.planId, t.year),
  ],
);
