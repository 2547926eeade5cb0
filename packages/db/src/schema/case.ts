/**
 * Mediation case files (hồ sơ vụ, việc hòa giải, Law 35/2013 Art. 16–27; issue 11). `cases` holds what every case
 * reader sees (channel, dates, state, scope decision) plus the dispute's summary and the written agreement, which
 * the API shows only to `case.read_personal`; the parties' names, addresses and phones sit apart in `case_parties`.
 * A case's state columns are the domain's `CaseState` (mediation/case-state.ts) and change only through
 * `transitionCase`; every change leaves a row in `case_events`. Nothing is deleted: declining keeps the
 * assignment with its reason, follow-ups keep their results. Tenant tables keyed `(commune_id, id)`; references
 * are composite foreign keys leading with `commune_id`. The open-queue indexes are partial on the open statuses
 * (domain cases/open-statuses.ts). Column values are the domain's (cases/intake-input.ts, assignment.ts, session-input.ts,
 * follow-ups.ts).
 */
import type { CaseStatus, FollowUpResult, InvitedRole, RecusalReason, ReferralTarget } from '@hgcs/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';
import { mediators } from './mediator.ts';
import { teams } from './team.ts';

const openStatuses = sql`status in ('received', 'assigned', 'in_progress', 'suspended', 'successful', 'follow_up')`;
const referringBodies = ['police', 'commune_office', 'fatherland_front', 'court', 'other'] as const;

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    teamId: uuid('team_id').notNull(),
    /** The intake form's idempotency key: a retry finds this case instead of opening another. */
    clientKey: uuid('client_key').notNull(),
    /** Random `HG-XXXX-XXXX` (domain `trackingCode`), unique in the commune; reveals nothing about the parties. */
    trackingCode: text('tracking_code').notNull(),
    channel: text('channel', { enum: ['walk_in', 'referral', 'team_initiated', 'kiosk'] }).notNull(),
    /** For a referral (Art. 16.3): which body, and its name when `other`. */
    referringBody: text('referring_body', { enum: referringBodies }),
    referringBodyName: text('referring_body_name'),
    /** The day the request was made; the team receives it that day or later. */
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** Decree 15/2014 Art. 5.1 category (mediation/scope-categories.ts). */
    disputeKind: text('dispute_kind').notNull(),
    /** The dispute in brief: personal data. */
    summary: text('summary').notNull(),
    /** When the privacy notice was given to the requester (Law 91/2025 Art. 11). */
    privacyNoticeAt: timestamp('privacy_notice_at', { withTimezone: true }).notNull(),
    /** Which privacy notice was given (its version or hash, PDP-04). */
    privacyNoticeVersion: text('privacy_notice_version').notNull(),
    /** Screening (R-SCOPE-1): `mediate` or `out_of_scope`; the facts and what the domain found. */
    scopeDecision: text('scope_decision', { enum: ['mediate', 'out_of_scope'] }),
    screenedOn: date('screened_on', { mode: 'string' }),
    disputeFacts: jsonb('dispute_facts'),
    scopeExclusions: text('scope_exclusions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    reportDuties: text('report_duties')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // The domain's CaseState (R-CASE-1..3)
    status: text('status').$type<CaseStatus>().notNull().default('received'),
    lastChangedOn: date('last_changed_on', { mode: 'string' }).notNull(),
    assignedOn: date('assigned_on', { mode: 'string' }),
    startDueOn: date('start_due_on', { mode: 'string' }),
    startedOn: date('started_on', { mode: 'string' }),
    startedLate: boolean('started_late').notNull().default(false),
    endedOn: date('ended_on', { mode: 'string' }),
    hasWrittenAgreement: boolean('has_written_agreement').notNull().default(false),
    referrals: text('referrals')
      .array()
      .$type<ReferralTarget[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The competent bodies the matter was reported to when found out of scope after assignment (Art. 10.5). */
    reportedTo: text('reported_to')
      .array()
      .$type<ReferralTarget[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The status in which the case was found out of scope. */
    outOfScopeFrom: text('out_of_scope_from').$type<CaseStatus>(),
    closedOn: date('closed_on', { mode: 'string' }),
    /** Suspended since (status `suspended`, Art. 17.4); null otherwise. */
    suspendedOn: date('suspended_on', { mode: 'string' }),
    /** The written agreement (Art. 24.2) as recorded: personal data. */
    agreement: jsonb('agreement'),
    /** Court recognition (Civil Procedure Code Art. 416–419): the day the parties asked, and which parties asked. */
    courtRequestedOn: date('court_requested_on', { mode: 'string' }),
    courtRequesterIds: uuid('court_requester_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** The court's answer (Art. 419): recognised or not, and the day of its decision. */
    courtDecision: text('court_decision', { enum: ['recognised', 'not_recognised'] }),
    courtDecidedOn: date('court_decided_on', { mode: 'string' }),
    /** The day the retention job pseudonymised the closed case (Law 91/2025 Art. 3; PDP-09); null while it keeps its data. */
    pseudonymisedOn: date('pseudonymised_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'cases_team_fk',
      columns: [t.communeId, t.teamId],
      foreignColumns: [teams.communeId, teams.id],
    }),
    uniqueIndex('cases_client_key_uq').on(t.communeId, t.clientKey),
    uniqueIndex('cases_tracking_code_uq').on(t.communeId, t.trackingCode),
    /** The commune's open-case queue, oldest request first. */
    index('cases_open_queue_idx').on(t.communeId, t.receivedOn, t.id).where(openStatuses),
    /** A team's open queue. */
    index('cases_team_open_idx').on(t.communeId, t.teamId, t.receivedOn, t.id).where(openStatuses),
    /** A team's year (the logbook, the counts). */
    index('cases_team_year_idx').on(t.communeId, t.teamId, t.receivedOn),
    /** Each commune's cases of a period by status (the province's and the commune's counts): index-only. */
    index('cases_commune_received_idx').on(t.communeId, t.receivedOn, t.status),
    check('cases_channel_ck', sql`${t.channel} in ('walk_in', 'referral', 'team_initiated', 'kiosk')`),
    check('cases_referral_ck', sql`(${t.channel} = 'referral') = (${t.referringBody} is not null)`),
    check(
      'cases_referring_body_ck',
      sql`${t.referringBody} is null or ${t.referringBody} in ('police', 'commune_office', 'fatherland_front', 'court', 'other')`,
    ),
    check(
      'cases_status_ck',
      sql`${t.status} in ('received', 'assigned', 'in_progress', 'suspended', 'successful', 'unsuccessful', 'stopped_by_party', 'out_of_scope', 'follow_up', 'performed', 'not_performed')`,
    ),
    check('cases_dates_ck', sql`${t.lastChangedOn} >= ${t.receivedOn} and ${t.receivedOn} >= ${t.requestedOn}`),
  ],
);

/** A composite foreign key `(commune_id, case_id)` to the case. */
const caseFk = (name: string, t: { communeId: AnyPgColumn; caseId: AnyPgColumn }) =>
  foreignKey({ name, columns: [t.communeId, t.caseId], foreignColumns: [cases.communeId, cases.id] });

/** The parties of a case: personal data, read only with `case.read_personal`. */
export const caseParties = pgTable(
  'case_parties',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    caseId: uuid('case_id').notNull(),
    position: integer('position').notNull(),
    fullName: text('full_name').notNull(),
    birthYear: integer('birth_year'),
    address: text('address').notNull(),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    caseFk('case_parties_case_fk', t),
    uniqueIndex('case_parties_position_uq').on(t.communeId, t.caseId, t.position),
  ],
);

/** Mediators assigned to a case (Art. 18); declining keeps the row with the day and the reason (Art. 10.3). */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    caseId: uuid('case_id').notNull(),
    mediatorId: uuid('mediator_id').notNull(),
    assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
    declinedOn: date('declined_on', { mode: 'string' }),
    declineReason: text('decline_reason').$type<RecusalReason>(),
    declineNote: text('decline_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    caseFk('case_assignments_case_fk', t),
    foreignKey({
      name: 'case_assignments_mediator_fk',
      columns: [t.communeId, t.mediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    uniqueIndex('case_assignments_active_uq')
      .on(t.communeId, t.caseId, t.mediatorId)
      .where(sql`${t.declinedOn} is null`),
    index('case_assignments_commune_mediator_idx').on(t.communeId, t.mediatorId),
    check('case_assignments_declined_ck', sql`(${t.declinedOn} is null) = (${t.declineReason} is null)`),
    check(
      'case_assignments_reason_ck',
      sql`${t.declineReason} is null or ${t.declineReason} in ('related_to_party', 'has_interest', 'cannot_be_impartial')`,
    ),
  ],
);

/** Persons invited to help (Art. 19): village elders, respected persons, legal-support members… */
export const caseInvitees = pgTable(
  'case_invitees',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    caseId: uuid('case_id').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role').$type<InvitedRole>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    caseFk('case_invitees_case_fk', t),
    index('case_invitees_case_idx').on(t.communeId, t.caseId),
    check(
      'case_invitees_role_ck',
      sql`${t.role} in ('village_elder', 'respected_person', 'religious_dignitary', 'legal_support', 'witness', 'agency_representative')`,
    ),
  ],
);

/** Mediation sessions (Art. 21): day, place, duration, who attended, what was said in brief. */
export const caseSessions = pgTable(
  'case_sessions',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    caseId: uuid('case_id').notNull(),
    clientKey: uuid('client_key').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** The assigned mediators who conducted it and the case's parties present (ids). */
    mediatorIds: uuid('mediator_ids').array().notNull(),
    partyIds: uuid('party_ids').array().notNull(),
    /** Persons invited to this session (name, role; Art. 19.1). */
    invited: jsonb('invited').$type<{ fullName: string; role: InvitedRole }[]>().notNull().default([]),
    /** What was said, in brief: personal data. */
    summary: text('summary').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    caseFk('case_sessions_case_fk', t),
    uniqueIndex('case_sessions_client_key_uq').on(t.communeId, t.clientKey),
    index('case_sessions_case_idx').on(t.communeId, t.caseId, t.heldOn),
    check('case_sessions_duration_ck', sql`${t.durationMinutes} between 5 and 720`),
  ],
);

/** The state history: every event with the statuses before and after, its day and who recorded it. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    caseId: uuid('case_id').notNull(),
    event: text('event').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    /** The account that recorded it (users is a reference table; a plain column, as on audit rows). */
    actorUserId: uuid('actor_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    caseFk('case_events_case_fk', t),
    index('case_events_case_idx').on(t.communeId, t.caseId, t.createdAt),
  ],
);

/** Follow-ups of a successful agreement (Art. 25–26): due 30 and 90 days after it; kept, partly or not kept. */
export const caseFollowUps = pgTable(
  'case_follow_ups',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    caseId: uuid('case_id').notNull(),
    afterDays: integer('after_days').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    result: text('result').$type<FollowUpResult>(),
    recordedOn: date('recorded_on', { mode: 'string' }),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    caseFk('case_follow_ups_case_fk', t),
    uniqueIndex('case_follow_ups_after_days_uq').on(t.communeId, t.caseId, t.afterDays),
    index('case_follow_ups_due_idx')
      .on(t.communeId, t.dueOn)
      .where(sql`${t.result} is null`),
    check('case_follow_ups_result_ck', sql`(${t.result} is null) = (${t.recordedOn} is null)`),
    check(
      'case_follow_ups_result_value_ck',
      sql`${t.result} is null or ${t.result} in ('kept', 'partly_kept', 'not_kept')`,
    ),
  ],
);

/**
 * Cases paid in a remuneration claim (Decree 15/2014 Art. 13–14, rule R-FUND-3): one row per case, unique, so a case
 * once recorded as paid is never paid again — a later claim lists it as already paid. The amount is the one the
 * domain decided when the claim was recorded.
 */
export const casePaidClaims = pgTable(
  'case_paid_claims',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    caseId: uuid('case_id').notNull(),
    /** The claim's period (inclusive). */
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    amountVnd: integer('amount_vnd').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    caseFk('case_paid_claims_case_fk', t),
    uniqueIndex('case_paid_claims_case_uq').on(t.communeId, t.caseId),
    check('case_paid_claims_amount_ck', sql`${t.amountVnd} >= 0`),
    check('case_paid_claims_period_ck', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);
