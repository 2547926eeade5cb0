/**
 * What the registry's export reads (issue 10, point 8): the scope's teams with their village, and every membership
 * of them — former ones too — with the person's facts. The caller leaves the personal ones out for roles without
 * `registry.read_personal`.
 */
import type { AnyScope } from '@hgcs/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { villages } from '../schema/commune.ts';
import { mediators } from '../schema/mediator.ts';
import { teamMemberships, teams } from '../schema/team.ts';

/** The scope's teams by village then name. */
export function teamsForExport(db: DbOrTx, scope: AnyScope) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      status: teams.status,
      villageName: villages.name,
      villageEthnicMinorityArea: villages.ethnicMinorityArea,
    })
    .from(teams)
    .innerJoin(villages, and(eq(villages.communeId, teams.communeId), eq(villages.id, teams.villageId)))
    .where(scopeWhere(scope, { communeId: teams.communeId, villageId: teams.villageId, teamId: teams.id }))
    .orderBy(asc(villages.name), asc(teams.name));
}

/** Every membership of the scope's teams with the member's facts, by team, joining day and name. */
export function membershipsForExport(db: DbOrTx, scope: AnyScope) {
  return db
    .select({
      teamId: teamMemberships.teamId,
      role: teamMemberships.role,
      joinedOn: teamMemberships.joinedOn,
      recognitionDecisionNo: teamMemberships.recognitionDecisionNo,
      recognitionDecisionOn: teamMemberships.recognitionDecisionOn,
      leftOn: teamMemberships.leftOn,
      leftReason: teamMemberships.leftReason,
      fullName: mediators.fullName,
      gender: mediators.gender,
      birthYear: mediators.birthYear,
      ethnicity: mediators.ethnicity,
      ethnicMinority: mediators.ethnicMinority,
      occupation: mediators.occupation,
      phone: mediators.phone,
    })
    .from(teamMemberships)
    .innerJoin(
      mediators,
      and(eq(mediators.communeId, teamMemberships.communeId), eq(mediators.id, teamMemberships.mediatorId)),
    )
    .where(scopeWhere(scope, { communeId: teamMemberships.communeId, teamId: teamMemberships.teamId }))
    .orderBy(asc(teamMemberships.teamId), asc(teamMemberships.joinedOn), asc(mediators.fullName));
}
