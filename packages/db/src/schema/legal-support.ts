/**
 * The legal-support pool (Decision 315/QĐ-TTg: ≥ 10 % of teams supported by jurists, police officers, court
 * assessors, former judges and others) and which teams each supports (many-to-many). Tenant tables keyed
 * `(commune_id, id)`.
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
import { teams } from './team.ts';

export const legalSupportKinds = [
  'jurist',
  'lawyer',
  'police_officer',
  'court_assessor',
  'retired_judge',
  'legal_official',
  'other',
] as const;

export const legalSupporters = pgTable(
  'legal_supporters',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    fullName: text('full_name').notNull(),
    kind: text('kind', { enum: legalSupportKinds }).notNull(),
    organisation: text('organisation'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    index('legal_supporters_commune_name_id_idx').on(t.communeId, t.fullName, t.id),
    check(
      'legal_supporters_kind_ck',
      sql`${t.kind} in ('jurist', 'lawyer', 'police_officer', 'court_assessor', 'retired_judge', 'legal_official', 'other')`,
    ),
  ],
);

/** A supporter linked to a team they support, since when. */
export const teamLegalSupports = pgTable(
  'team_legal_supports',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    teamId: uuid('team_id').notNull(),
    supporterId: uuid('supporter_id').notNull(),
    since: date('since', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'team_legal_supports_team_fk',
      columns: [t.communeId, t.teamId],
      foreignColumns: [teams.communeId, teams.id],
    }),
    foreignKey({
      name: 'team_legal_supports_supporter_fk',
      columns: [t.communeId, t.supporterId],
      foreignColumns: [legalSupporters.communeId, legalSupporters.id],
    }).onDelete('cascade'),
    uniqueIndex('team_legal_supports_uq').on(t.communeId, t.teamId, t.supporterId),
    index('team_legal_supports_supporter_idx').on(t.communeId, t.supporterId),
  ],
);
