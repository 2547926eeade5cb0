/**
 * What ending a member's service would do to the team (Law 35/2013 Art. 11 with 12.1): the composition issues it
 * causes, whether the leader leaves, how many remain — shown before the chairman's decision is confirmed. Nothing
 * changes. Which member is a woman or of an ethnic minority is not answered, only the team's gaps.
 */
import { checkTerminationImpact, DomainError, type CommuneLevelScope } from '@hgcs/domain';
import type { Db } from '@hgcs/db';
import { loadMember } from './load-member.ts';

export async function previewTermination(db: Db, scope: CommuneLevelScope, membershipId: string) {
  const { membership, team, open, composition } = await loadMember(db, scope, membershipId);
  if (membership.leftOn !== null) throw new DomainError('REGISTRY.NOT_ACTIVE_MEMBER', { field: 'membershipId' });
  const impact = checkTerminationImpact(composition, membership.mediatorId);
  const person = open.find((m) => m.id === membership.id)!;
  return {
    membershipId: membership.id,
    mediatorId: membership.mediatorId,
    fullName: person.fullName,
    role: membership.role,
    joinedOn: membership.joinedOn,
    teamId: team.id,
    teamName: team.name,
    warnings: impact.warnings.map((i) => ({ code: i.code, params: i.params })),
    leaderLeaves: impact.leaderLeaves,
    activeAfter: impact.activeAfter,
    proposer: membership.role === 'leader' ? ('front_head_and_village_head' as const) : ('team_leader' as const),
  };
}
