/**
 * The commune's team directory for citizens (the kiosk's "find my team", the web portal): each village, its active
 * teams with where and when to find them, and their open members' names and roles. A phone leaves the database only
 * when its owner agreed to show it (`phone_public`); nothing else about a mediator is read (docs/decisions.md: the public team directory).
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { villages } from '../schema/commune.ts';
import { mediators } from '../schema/mediator.ts';
import { teamMemberships, teams } from '../schema/team.ts';

/** The villages of the commune by name (every one, with or without a team). */
export function publicVillages(db: DbOrTx, scope: CommuneLevelScope) {
  return db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(eq(villages.communeId, scope.communeId))
    .orderBy(asc(villages.name), asc(villages.id));
}

/** The commune's active teams, by name, with where and when to find them. */
export function publicTeams(db: DbOrTx, scope: CommuneLevelScope) {
  return db
    .select({
      id: teams.id,
      villageId: teams.villageId,
      name: teams.name,
      meetingPlace: teams.meetingPlace,
      meetingTime: teams.meetingTime,
    })
    .from(teams)
    .where(and(eq(teams.communeId, scope.communeId), eq(teams.status, 'active')))
    .orderBy(asc(teams.name), asc(teams.id));
}

/** The open members of the commune's teams: name, role, and the phone only when its owner agreed to show it. */
export function publicMembers(db: DbOrTx, scope: CommuneLevelScope) {
  return db
    .select({
      teamId: teamMemberships.teamId,
      role: teamMemberships.role,
      fullName: mediators.fullName,
      phone: sql<string | null>`case when ${mediators.phonePublic} then ${mediators.phone} end`,
    })
    .from(teamMemberships)
    .innerJoin(
      mediators,
      and(eq(mediators.communeId, teamMemberships.communeId), eq(mediators.id, teamMemberships.mediatorId)),
    )
    .where(and(eq(teamMemberships.communeId, scope.communeId), isNull(teamMemberships.leftOn)))
    .orderBy(
      asc(teamMemberships.teamId),
      sql`case ${teamMemberships.role} when 'leader' then 0 when 'deputy' then 1 else 2 end`,
      asc(mediators.fullName),
    );
}
