/**
 * A commune's teams grouped by what the composition rule reads of them (status, the village's ethnic-minority-area
 * flag, the counts kept on the team row, whether it has a legal supporter), with how many teams share each group.
 * Kept by the database (statement triggers on teams and villages, migration 0016) whichever code writes, so a
 * province's "teams consolidated" figure reads a few rows per commune and no team (docs/decisions.md, 21). The rule
 * itself stays in the domain (`checkCompositionCounts`). Tenant table: keyed by `commune_id` first, no `id`.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { communes } from './commune.ts';
import { teamStatuses } from './team.ts';

export const teamGroups = pgTable(
  'team_groups',
  {
    communeId: integer('commune_id')
      .notNull()
      .references(() => communes.id),
    status: text('status', { enum: teamStatuses }).notNull(),
    villageEthnicMinorityArea: boolean('village_ethnic_minority_area').notNull(),
    members: integer('members').notNull(),
    women: integer('women').notNull(),
    ethnicMinorityMembers: integer('ethnic_minority_members').notNull(),
    leaders: integer('leaders').notNull(),
    supported: boolean('supported').notNull(),
    /** How many of the commune's teams are in this group (a group with none is deleted). */
    teams: integer('teams').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'team_groups_pk',
      columns: [
        t.communeId,
        t.status,
        t.villageEthnicMinorityArea,
        t.members,
        t.women,
        t.ethnicMinorityMembers,
        t.leaders,
        t.supported,
      ],
    }),
    check('team_groups_teams_ck', sql`${t.teams} > 0`),
  ],
);
