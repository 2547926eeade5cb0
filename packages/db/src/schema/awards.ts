/**
 * Good-mediator contests, certificates and reward proposals (issue 13, points 4–6). A contest holds its rules (the
 * rubric's criteria and maxima, rounds, judges, time limit and penalty); an entry is a unit's team of the commune's
 * recognised mediators (checked by @hgcs/domain's `checkContestTeam` when written) with its prize; a score is one
 * judge's sheet for one entry and round (a second sheet of the same judge is refused by its unique index); a timing
 * is one performance's length. A certificate is issued for a mediator's training attendance or a contest entry's
 * result, found publicly by its unguessable `code`; revoked with a reason. A reward proposal names a mediator or a
 * team and the evidence chosen from cases, training events and contest entries. Tenant tables.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
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
} from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';
import { mediators } from './mediator.ts';
import { teams } from './team.ts';
import { trainingEvents } from './training.ts';

export const contestLevels = ['commune', 'province', 'central'] as const;
export const prizeRanks = ['first', 'second', 'third', 'consolation', 'other'] as const;
export const certificateKinds = ['training', 'contest'] as const;
export const rewardStatuses = ['proposed', 'decided', 'withdrawn'] as const;

const communeId = () =>
  integer('commune_id')
    .notNull()
    .references(() => communes.id);

export const contests = pgTable(
  'contests',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: communeId(),
    name: text('name').notNull(),
    level: text('level', { enum: contestLevels }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    rubric: jsonb('rubric').$type<{ label: string; maxScore: number }[]>().notNull(),
    rounds: text('rounds').array().notNull(),
    judges: text('judges').array().notNull(),
    timeLimitMinutes: integer('time_limit_minutes').notNull(),
    penaltyPerMinute: integer('penalty_per_minute').notNull(),
    clientKey: uuid('client_key').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('contests_client_key_uq').on(t.communeId, t.clientKey),
    index('contests_starts_idx').on(t.communeId, t.startsOn),
    check('contests_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
    check('contests_level_ck', sql`${t.level} in ('commune', 'province', 'central')`),
  ],
);

export const contestEntries = pgTable(
  'contest_entries',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: communeId(),
    contestId: uuid('contest_id').notNull(),
    unitName: text('unit_name').notNull(),
    captainId: uuid('captain_id').notNull(),
    officialMemberIds: uuid('official_member_ids').array().notNull(),
    reserveIds: uuid('reserve_ids').array().notNull(),
    helperNames: text('helper_names').array().notNull(),
    prizeRank: text('prize_rank', { enum: prizeRanks }),
    prizeAmountVnd: bigint('prize_amount_vnd', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'contest_entries_contest_fk',
      columns: [t.communeId, t.contestId],
      foreignColumns: [contests.communeId, contests.id],
    }),
    foreignKey({
      name: 'contest_entries_captain_fk',
      columns: [t.communeId, t.captainId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    /** One entry per unit: entering the same unit again is refused. */
    uniqueIndex('contest_entries_unit_uq').on(t.communeId, t.contestId, t.unitName),
    check('contest_entries_prize_ck', sql`(${t.prizeRank} is null) = (${t.prizeAmountVnd} is null)`),
  ],
);

export const contestScores = pgTable(
  'contest_scores',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: communeId(),
    entryId: uuid('entry_id').notNull(),
    round: integer('round').notNull(),
    judge: text('judge').notNull(),
    scores: jsonb('scores').$type<number[]>().notNull(),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'contest_scores_entry_fk',
      columns: [t.communeId, t.entryId],
      foreignColumns: [contestEntries.communeId, contestEntries.id],
    }),
    /** A judge scores an entry once per round. */
    uniqueIndex('contest_scores_judge_uq').on(t.communeId, t.entryId, t.round, t.judge),
  ],
);

export const contestTimings = pgTable(
  'contest_timings',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: communeId(),
    entryId: uuid('entry_id').notNull(),
    round: integer('round').notNull(),
    seconds: integer('seconds').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'contest_timings_entry_fk',
      columns: [t.communeId, t.entryId],
      foreignColumns: [contestEntries.communeId, contestEntries.id],
    }),
    uniqueIndex('contest_timings_round_uq').on(t.communeId, t.entryId, t.round),
    check('contest_timings_seconds_ck', sql`${t.seconds} >= 0`),
  ],
);

export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: communeId(),
    /** `<commune id>-<128 random bits, base64url>`: printed as a QR code, the only way to look one up publicly. */
    code: text('code').notNull(),
    kind: text('kind', { enum: certificateKinds }).notNull(),
    eventId: uuid('event_id'),
    entryId: uuid('entry_id'),
    mediatorId: uuid('mediator_id'),
    /** The name printed on it (a mediator's, or the unit's for a contest entry): all the public page shows of a person. */
    holderName: text('holder_name').notNull(),
    title: text('title').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    issuer: text('issuer').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
    clientKey: uuid('client_key').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('certificates_code_uq').on(t.communeId, t.code),
    uniqueIndex('certificates_client_key_uq').on(t.communeId, t.clientKey),
    foreignKey({
      name: 'certificates_event_fk',
      columns: [t.communeId, t.eventId],
      foreignColumns: [trainingEvents.communeId, trainingEvents.id],
    }),
    foreignKey({
      name: 'certificates_entry_fk',
      columns: [t.communeId, t.entryId],
      foreignColumns: [contestEntries.communeId, contestEntries.id],
    }),
    foreignKey({
      name: 'certificates_mediator_fk',
      columns: [t.communeId, t.mediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    index('certificates_issued_idx').on(t.communeId, t.issuedOn),
    check(
      'certificates_kind_ck',
      sql`(${t.kind} = 'training' and ${t.eventId} is not null and ${t.mediatorId} is not null) or (${t.kind} = 'contest' and ${t.entryId} is not null)`,
    ),
    check('certificates_revoked_ck', sql`(${t.revokedAt} is null) = (${t.revokeReason} is null)`),
  ],
);

export const rewardProposals = pgTable(
  'reward_proposals',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: communeId(),
    form: text('form').notNull(),
    recipientKind: text('recipient_kind', { enum: ['individual', 'collective'] }).notNull(),
    mediatorId: uuid('mediator_id'),
    teamId: uuid('team_id'),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    achievements: text('achievements').notNull(),
    caseIds: uuid('case_ids').array().notNull(),
    trainingEventIds: uuid('training_event_ids').array().notNull(),
    contestEntryIds: uuid('contest_entry_ids').array().notNull(),
    /** `decideRewardRoute`: the commune chairman decides, or proposes upward. */
    action: text('action', { enum: ['decide', 'propose_upward'] }).notNull(),
    status: text('status', { enum: rewardStatuses }).notNull(),
    decisionNo: text('decision_no'),
    decidedOn: date('decided_on', { mode: 'string' }),
    withdrawReason: text('withdraw_reason'),
    clientKey: uuid('client_key').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    uniqueIndex('reward_proposals_client_key_uq').on(t.communeId, t.clientKey),
    foreignKey({
      name: 'reward_proposals_mediator_fk',
      columns: [t.communeId, t.mediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    foreignKey({
      name: 'reward_proposals_team_fk',
      columns: [t.communeId, t.teamId],
      foreignColumns: [teams.communeId, teams.id],
    }),
    index('reward_proposals_period_idx').on(t.communeId, t.periodTo),
    check('reward_proposals_one_ck', sql`num_nonnulls(${t.mediatorId}, ${t.teamId}) = 1`),
    check('reward_proposals_status_ck', sql`${t.status} in ('proposed', 'decided', 'withdrawn')`),
    check(
      'reward_proposals_decided_ck',
      sql`(${t.status} = 'decided') = (${t.decisionNo} is not null and ${t.decidedOn} is not null)`,
    ),
    check('reward_proposals_withdrawn_ck', sql`(${t.status} = 'withdrawn') = (${t.withdrawReason} is not null)`),
    check('reward_proposals_period_ck', sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);
