/**
 * Training (tập huấn, bồi dưỡng — Law 35/2013 Art. 9.4; plan tasks 2.1, 3b) and the yearly capacity assessment
 * (khảo sát, đánh giá năng lực — plan task 3b). An event runs from `starts_on` to `ends_on`, a day of it allows
 * `hours_per_day`; it may be evidence for one of the plan's training work items. Its trainers are typed names or
 * people of the registry (a mediator, a legal supporter). Attendance is one row per mediator and day with the hours
 * learned (never more than the day allows — @hgcs/domain's `checkAttendance`). An assessment is one row per
 * mediator and year: the scores per competency and what @hgcs/domain's `assessCapacity` made of them. Tenant tables.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';
import { legalSupporters } from './legal-support.ts';
import { mediators } from './mediator.ts';
import { workItems } from './work-item.ts';

export const trainingKinds = ['training', 'refresher', 'experience_exchange', 'conference', 'self_study'] as const;
export const organiserLevels = ['central', 'province', 'commune', 'other'] as const;
export const capacityLevels = ['needs_training', 'competent', 'good'] as const;

const hours = (name: string) => numeric(name, { precision: 4, scale: 1, mode: 'number' });

export const trainingEvents = pgTable(
  'training_events',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    title: text('title').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    kind: text('kind', { enum: trainingKinds }).notNull(),
    organiserLevel: text('organiser_level', { enum: organiserLevels }).notNull(),
    hoursPerDay: hours('hours_per_day').notNull(),
    usesMaterialSet: boolean('uses_material_set').notNull().default(false),
    workItemId: uuid('work_item_id'),
    /** The console's key of the submission that created it: a retry returns this event. */
    clientKey: uuid('client_key').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'training_events_work_item_fk',
      columns: [t.communeId, t.workItemId],
      foreignColumns: [workItems.communeId, workItems.id],
    }),
    uniqueIndex('training_events_client_key_uq').on(t.communeId, t.clientKey),
    index('training_events_commune_starts_idx').on(t.communeId, t.startsOn),
    check('training_events_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
    check('training_events_hours_ck', sql`${t.hoursPerDay} > 0 and ${t.hoursPerDay} <= 10`),
    check(
      'training_events_kind_ck',
      sql`${t.kind} in ('training', 'refresher', 'experience_exchange', 'conference', 'self_study')`,
    ),
    check('training_events_level_ck', sql`${t.organiserLevel} in ('central', 'province', 'commune', 'other')`),
  ],
);

export const trainingTrainers = pgTable(
  'training_trainers',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    eventId: uuid('event_id').notNull(),
    position: integer('position').notNull(),
    name: text('name'),
    mediatorId: uuid('mediator_id'),
    legalSupporterId: uuid('legal_supporter_id'),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'training_trainers_event_fk',
      columns: [t.communeId, t.eventId],
      foreignColumns: [trainingEvents.communeId, trainingEvents.id],
    }),
    foreignKey({
      name: 'training_trainers_mediator_fk',
      columns: [t.communeId, t.mediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    foreignKey({
      name: 'training_trainers_supporter_fk',
      columns: [t.communeId, t.legalSupporterId],
      foreignColumns: [legalSupporters.communeId, legalSupporters.id],
    }),
    index('training_trainers_event_idx').on(t.communeId, t.eventId, t.position),
    check('training_trainers_one_ck', sql`num_nonnulls(${t.name}, ${t.mediatorId}, ${t.legalSupporterId}) = 1`),
  ],
);

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    eventId: uuid('event_id').notNull(),
    mediatorId: uuid('mediator_id').notNull(),
    attendedOn: date('attended_on', { mode: 'string' }).notNull(),
    hours: hours('hours').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'training_attendance_event_fk',
      columns: [t.communeId, t.eventId],
      foreignColumns: [trainingEvents.communeId, trainingEvents.id],
    }),
    foreignKey({
      name: 'training_attendance_mediator_fk',
      columns: [t.communeId, t.mediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    /** One line per mediator and day of an event: a retry cannot add a second. */
    uniqueIndex('training_attendance_day_uq').on(t.communeId, t.eventId, t.mediatorId, t.attendedOn),
    index('training_attendance_mediator_idx').on(t.communeId, t.mediatorId),
    check('training_attendance_hours_ck', sql`${t.hours} > 0 and ${t.hours} <= 24`),
  ],
);

export const capacityAssessments = pgTable(
  'capacity_assessments',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    mediatorId: uuid('mediator_id').notNull(),
    year: integer('year').notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    fromPaper: boolean('from_paper').notNull().default(false),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    average: numeric('average', { precision: 4, scale: 2, mode: 'number' }).notNull(),
    level: text('level', { enum: capacityLevels }).notNull(),
    weakCompetencies: text('weak_competencies').array().notNull(),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'capacity_assessments_mediator_fk',
      columns: [t.communeId, t.mediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    /** One assessment per mediator and year: entering it again replaces it. */
    uniqueIndex('capacity_assessments_mediator_year_uq').on(t.communeId, t.mediatorId, t.year),
    index('capacity_assessments_year_idx').on(t.communeId, t.year),
    check('capacity_assessments_year_ck', sql`${t.year} = extract(year from ${t.assessedOn})::int`),
    check('capacity_assessments_level_ck', sql`${t.level} in ('needs_training', 'competent', 'good')`),
  ],
);
