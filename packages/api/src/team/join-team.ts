/**
 * A mediator joins a team: the team and the person must be the commune's, the team active, the Art. 7 standards met
 * (Law 35/2013; the person's permanent residence is the team's village), the person not already an open member,
 * and at most one leader. A retry of the same join is refused as "already a member", never a second row.
 */
import { getTeam, insertMembership, mediatorForJoin, withAudit } from '@hgcs/db';
import { assertJoinStandards, DomainError, type JoinTeam } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { constraintOf, isUniqueViolation } from '../db-errors.ts';

export async function joinTeam(ctx: ScopedContext, input: JoinTeam): Promise<{ id: string }> {
  const [team, person] = await Promise.all([
    getTeam(ctx.db, ctx.scope, input.teamId),
    mediatorForJoin(ctx.db, ctx.scope, input.mediatorId),
  ]);
  if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
  if (!person) throw new DomainError('RESOURCE.NOT_FOUND');
  if (team.status !== 'active') throw new DomainError('REGISTRY.TEAM_DISSOLVED', { field: 'teamId' });
  assertJoinStandards(person, input, team.villageId);
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const { id } = await insertMembership(tx, ctx.scope, {
        teamId: input.teamId,
        mediatorId: input.mediatorId,
        role: input.role,
        joinedOn: input.joinedOn,
        recognitionDecisionNo: input.recognitionDecisionNo,
        recognitionDecisionOn: input.recognitionDecisionOn,
      });
      await audit({
        action: 'team.member_join',
        objectType: 'team',
        objectId: input.teamId,
        after: {
          membershipId: id,
          mediatorId: input.mediatorId,
          role: input.role,
          joinedOn: input.joinedOn,
          recognitionDecisionOn: input.recognitionDecisionOn,
        },
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      if (constraintOf(error) === 'team_memberships_open_leader_uq')
        throw new DomainError('REGISTRY.LEADER_TAKEN', { field: 'role' });
      throw new DomainError('REGISTRY.ALREADY_MEMBER', { field: 'mediatorId' });
    }
    throw error;
  }
}
