/** The open membership a termination concerns, its team and the team's open members (what the composition rule reads). */
import { getTeam, membershipForUpdate, membershipsOfTeams, type DbOrTx } from '@hgcs/db';
import { DomainError, toCompositionInput, type CommuneLevelScope } from '@hgcs/domain';

export async function loadMember(db: DbOrTx, scope: CommuneLevelScope, membershipId: string) {
  const membership = await membershipForUpdate(db, scope, membershipId);
  if (!membership) throw new DomainError('RESOURCE.NOT_FOUND');
  const team = await getTeam(db, scope, membership.teamId);
  if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
  const open = await membershipsOfTeams(db, scope, [team.id]);
  return { membership, team, open, composition: toCompositionInput(team.villageEthnicMinorityArea, open) };
}
