/**
 * Records a team-leader election (Law 35/2013 Art. 14): the members are the team's open memberships that day, each
 * candidate must be one of them, the votes no more than those present; the domain decides (most votes and more
 * than 50 % of all the team's mediators). A retry of the same day is refused, never a second row.
 */
import { getTeam, insertTeamLeaderElection, membershipsOfTeams, withAudit } from '@hgcs/db';
import { decideTeamLeaderElectionRecord, DomainError, type LeaderElectionInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

export async function recordLeaderElection(ctx: ScopedContext, input: LeaderElectionInput): Promise<{ id: string }> {
  const team = await getTeam(ctx.db, ctx.scope, input.teamId);
  if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
  if (team.status !== 'active') throw new DomainError('REGISTRY.TEAM_DISSOLVED', { field: 'teamId' });
  const members = (await membershipsOfTeams(ctx.db, ctx.scope, [input.teamId])).map((m) => m.mediatorId);
  const result = decideTeamLeaderElectionRecord({ ...input, members });
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const { id } = await insertTeamLeaderElection(tx, ctx.scope, {
        ...input,
        members,
        electedMediatorId: result.electedMediatorId,
        issues: result.issues.map((i) => ({ code: i.code, params: { ...i.params } })),
      });
      await audit({
        action: 'leader_election.record',
        objectType: 'leader_election',
        objectId: id,
        after: {
          teamId: input.teamId,
          heldOn: input.heldOn,
          method: input.method,
          mediatorId: result.electedMediatorId,
        },
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('REGISTRY.ELECTION_EXISTS', { field: 'heldOn' });
    throw error;
  }
}
