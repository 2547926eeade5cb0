/**
 * Mediation teams (tổ hòa giải, Law 35/2013 Art. 12) and their memberships. A team belongs to a village; its
 * founding decision is the chairman's (Art. 12.2); its leader is the member whose open membership has the role
 * `leader` (Art. 14). A membership is never deleted: leaving closes it (`left_on`, reason), so the history stays.
 * Tenant tables keyed `(commune_id, id)`; references are composite foreign keys leading with `commune_id`.
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
import { communes, villages } from './commune.ts';
import { mediators } from './mediator.ts';

export const teamStatuses = ['active', 'dissolved'] as const;

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    villageId: uuid('village_id').notNull(),
    name: text('name').notNull(),
    /** The chairman's decision founding the team (số quyết định, ngày), when known. */
    foundingDecisionNo: text('founding_decision_no'),
    foundingDecisionOn: date('founding_decision_on', { mode: 'string' }),
    status: text('status', { enum: teamStatuses }).notNull().default('active'),
    /**
     * What the composition rule reads of the team, counted by the database (statement triggers on team_memberships,
     * mediators and team_legal_supports, migration 0013), whichever code writes: its open members (distinct
     * mediators), the women and ethnic-minority mediators among them, its open leaders, its legal supporters. The
     * rule stays in the domain (`checkCompositionCounts`); the province's figure reads the teams alone (decision 18).
     */
    memberCount: integer('member_count').notNull().default(0),
    womenCount: integer('women_count').notNull().default(0),
    ethnicMinorityCount: integer('ethnic_minority_count').notNull().default(0),
    leaderCount: integer('leader_count').notNull().default(0),
    legalSupporterCount: integer('legal_supporter_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'teams_village_fk',
      columns: [t.communeId, t.villageId],
      foreignColumns: [villages.communeId, villages.id],
    }),
    uniqueIndex('teams_commune_name_uq').on(t.communeId, t.name),
    index('teams_commune_village_idx').on(t.communeId, t.villageId),
    index('teams_commune_name_id_idx').on(t.communeId, t.name, t.id),
    check('teams_status_ck', sql`${t.status} in ('active', 'dissolved')`),
  ],
);

export const membershipRoles = ['member', 'leader', 'deputy'] as const;
/** Why a membership ended: the Art. 11.1 grounds, plus death and moving to another team. */
export const leaveReasons = [
  'voluntary',
  'lost_standard',
  'violation_or_sanctioned',
  'deceased',
  'transferred',
] as const;

/** A mediator's membership of a team: joined, role, recognised by which decision, left when and why. */
export const teamMemberships = pgTable(
  'team_memberships',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    teamId: uuid('team_id').notNull(),
    mediatorId: uuid('mediator_id').notNull(),
    role: text('role', { enum: membershipRoles }).notNull().default('member'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    recognitionDecisionNo: text('recognition_decision_no'),
    recognitionDecisionOn: date('recognition_decision_on', { mode: 'string' }),
    leftOn: date('left_on', { mode: 'string' }),
    leftReason: text('left_reason', { enum: leaveReasons }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'team_memberships_team_fk',
      columns: [t.communeId, t.teamId],
      foreignColumns: [teams.communeId, teams.id],
    }),
    foreignKey({
      name: 'team_memberships_mediator_fk',
      columns: [t.communeId, t.mediatorId],
      foreignColumns: [mediators.communeId, mediators.id],
    }),
    /** One open membership per mediator and team; one open leader per team. */
    uniqueIndex('team_memberships_open_uq')
      .on(t.communeId, t.teamId, t.mediatorId)
      .where(sql`${t.leftOn} is null`),
    uniqueIndex('team_memberships_open_leader_uq')
      .on(t.communeId, t.teamId)
      .where(sql`${t.leftOn} is null and ${t.role} = 'leader'`),
    index('team_memberships_commune_mediator_idx').on(t.communeId, t.mediatorId),
    check('team_memberships_role_ck', sql`${t.role} in ('member', 'leader', 'deputy')`),
    check(
      'team_memberships_left_ck',
      sql`(${t.leftOn} is null) = (${t.leftReason} is null) and (${t.leftOn} is null or ${t.leftOn} >= ${t.joinedOn})`,
    ),
  ],
);
