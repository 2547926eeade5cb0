/**
 * The yearly review of a team (rà soát, kiện toàn tổ hòa giải — Law 35/2013 Art. 12.3), once it is marked done: one
 * row per team and year, with who marked it and when, and what the review found then (`findings`: @hgcs/domain's
 * `reviewTeamYear` — who left, places to fill, composition gaps, actions; ids and codes, no names). Until a row
 * exists the team's review of that year is open and is computed from the registry. A tenant table.
 */
import {
  check,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { communes } from './commune.ts';
import { teams } from './team.ts';

export const teamReviews = pgTable(
  'team_reviews',
  {
    id: uuid('id').notNull().defaultRandom(),
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    teamId: uuid('team_id').notNull(),
    year: integer('year').notNull(),
    findings: jsonb('findings').notNull(),
    doneBy: uuid('done_by').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.id] }),
    foreignKey({
      name: 'team_reviews_team_fk',
      columns: [t.communeId, t.teamId],
      foreignColumns: [teams.communeId, teams.id],
    }),
    /** One review per team and year: marking it done twice keeps the first. */
    uniqueIndex('team_reviews_team_year_uq').on(t.communeId, t.teamId, t.year),
    check('team_reviews_year_ck', sql`${t.year} between 2014 and 2100`),
  ],
);
