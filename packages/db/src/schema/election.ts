/**
 * The registry's decisions (Law 35/2013 Art. 8, 11, 14): a village's mediator election with its count and the
 * domain's outcome, then the chairman's recognition (decision no./date), which opens the memberships of those
 * elected; a team-leader election and its recognition, which makes the elected member the leader; a termination,
 * which closes the membership. Candidates and votes are kept with the election as it was counted (jsonb of ids and
 * counts, written once and read whole; names stay with the person). Tenant tables keyed `(commune_id, id)`, composite foreign keys leading with
 * `commune_id`.
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
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';
import { mediators } from './mediator.ts';
import { teamMemberships, teams } from './team.ts';

export const electionStatuses = ['recorded', 'recognised'] as const;
/** A candidate as counted; the name is the registry's (read with the person, never copied here). */
export type ElectionCandidateRow = {
  candidateId: string;
  nomination: 'self' | 'front_work_committee';
  votesFor: number;
};
export type ElectionIssueRow = { code: string; params: Record<string, string | number> };

/** A mediator election of a team's village (Art. 8): the count, the outcome, and the chairman's recognition. */
export const mediatorElections = pgTable(
  'mediator_elections',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    teamId: uuid('team_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    round: text('round', { enum: ['regular', 'supplementary'] }).notNull(),
    method: text('method', { enum: ['open_vote', 'secret_ballot', 'household_forms'] }).notNull(),
    villageHouseholds: integer('village_households').notNull(),
    participatingHouseholds: integer('participating_households').notNull(),
    quota: integer('quota').notNull(),
    countWitnessed: boolean('count_witnessed'),
    listReceivedOn: date('list_received_on', { mode: 'string' }),
    candidates: jsonb('candidates').$type<ElectionCandidateRow[]>().notNull(),
    outcome: text('outcome', {
      enum: ['invalid', 'complete', 'supplementary_needed', 'tie_for_last_place'],
    }).notNull(),
    elected: jsonb('elected').$type<string[]>().notNull(),
    placesLeft: integer('places_left').notNull(),
    issues: jsonb('issues').$type<ElectionIssueRow[]>().notNull(),
    status: text('status', { enum: electionStatuses }).notNull().default('recorded'),
    decisionNo: text('decision_no'),
    decisionOn: date('decision_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    recognisedAt: timestamp('recognised_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'mediator_elections_team_fk',
      columns: [t.communeId, t.teamId],
      foreignColumns: [teams.communeId, teams.id],
    }),
    /** One election of a round a day per team: a retried record is refused, never a second row. */
    uniqueIndex('mediator_elections_team_day_uq').on(t.communeId, t.teamId, t.heldOn, t.round),
    check('mediator_elections_status_ck', sql`${t.status} in ('recorded', 'recognised')`),
    check(
      'mediator_elections_decision_ck',
      sql`(${t.status} = 'recognised') = (${t.decisionNo} is not null and ${t.decisionOn} is not null)`,
    ),
    check('mediator_elections_counts_ck', sql`${t.participatingHouseholds} <= ${t.villageHouseholds}`),
  ],
);

/** A team-leader election by the team's mediators (Art. 14) and the chairman's recognition. */
export const teamLeaderElections = pgTable(
  'team_leader_elections',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    teamId: uuid('team_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    method: text('method', { enum: ['open_vote', 'secret_ballot'] }).notNull(),
    /** The team's active mediators that day, and how many attended. */
    members: jsonb('members').$type<string[]>().notNull(),
    attendingMembers: integer('attending_members').notNull(),
    candidates: jsonb('candidates').$type<{ mediatorId: string; votesFor: number }[]>().notNull(),
    proposalReceivedOn: date('proposal_received_on', { mode: 'string' }),
    electedMediatorId: uuid('elected_mediator_id'),
    issues: jsonb('issues').$type<ElectionIssueRow[]>().notNull(),
    status: text('status', { enum: electionStatuses }).notNull().default('recorded'),
    decisionNo: text('decision_no'),
    decisionOn: date('decision_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    recognisedAt: timestamp('recognised_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'team_leader_elections_team_fk',
      columns: [t.communeId, t.teamId],
      foreignColumns: [teams.communeId, teams.id],
    }),
    foreignKey({
      name: 'team_leader_elections_mediator_fk',
      columns: [t.communeId, t.electedMediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    uniqueIndex('team_leader_elections_team_day_uq').on(t.communeId, t.teamId, t.heldOn),
    check('team_leader_elections_status_ck', sql`${t.status} in ('recorded', 'recognised')`),
    check(
      'team_leader_elections_decision_ck',
      sql`(${t.status} = 'recognised') = (${t.decisionNo} is not null and ${t.decisionOn} is not null)`,
    ),
  ],
);

export const terminationGroundValues = ['voluntary', 'lost_standard', 'violation_or_sanctioned'] as const;

/** The chairman's decision ending a mediator's service (Art. 11): one per membership, closing it. */
export const mediatorTerminations = pgTable(
  'mediator_terminations',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    teamId: uuid('team_id').notNull(),
    membershipId: uuid('membership_id').notNull(),
    mediatorId: uuid('mediator_id').notNull(),
    ground: text('ground', { enum: terminationGroundValues }).notNull(),
    lostStandard: text('lost_standard'),
    details: text('details'),
    /** Who proposed (Art. 11.2): the team leader, or for the leader the Front head with the village head. */
    proposer: text('proposer', { enum: ['team_leader', 'front_head_and_village_head'] }).notNull(),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    decisionNo: text('decision_no').notNull(),
    decisionOn: date('decision_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'mediator_terminations_team_fk',
      columns: [t.communeId, t.teamId],
      foreignColumns: [teams.communeId, teams.id],
    }),
    foreignKey({
      name: 'mediator_terminations_membership_fk',
      columns: [t.communeId, t.membershipId],
      foreignColumns: [teamMemberships.communeId, teamMemberships.id],
    }),
    foreignKey({
      name: 'mediator_terminations_mediator_fk',
      columns: [t.communeId, t.mediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    uniqueIndex('mediator_terminations_membership_uq').on(t.communeId, t.membershipId),
    index('mediator_terminations_commune_team_idx').on(t.communeId, t.teamId),
    check(
      'mediator_terminations_ground_ck',
      sql`${t.ground} in ('voluntary', 'lost_standard', 'violation_or_sanctioned')`,
    ),
    check('mediator_terminations_dates_ck', sql`${t.decisionOn} >= ${t.proposedOn}`),
  ],
);
