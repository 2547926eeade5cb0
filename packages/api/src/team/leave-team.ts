/**
 * A member leaves a team: the membership is closed with the day and the reason (Law 35/2013 Art. 11.1 grounds,
 * death, a move), never deleted; the team's compliance is recomputed and returned at once, so the console can warn.
 */
import { closeMembership, getTeam, membershipForUpdate, membershipsOfTeams, withAudit } from '@hgcs/db';
import { DomainError, teamCompliance, type LeaveTeam } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { complianceView, type ComplianceView } from './view.ts';

export async function leaveTeam(
  ctx: ScopedContext,
  input: LeaveTeam,
): Promise<{ teamId: string; compliance: ComplianceView }> {
  const teamId = await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const membership = await membershipForUpdate(tx, ctx.scope, input.membershipId);
    if (!membership) throw new DomainError('RESOURCE.NOT_FOUND');
    if (membership.leftOn !== null) throw new DomainError('REGISTRY.NOT_ACTIVE_MEMBER', { field: 'membershipId' });
    if (input.leftOn < membership.joinedOn)
      throw new DomainError('REGISTRY.LEFT_BEFORE_JOINED', { field: 'leftOn', joinedOn: membership.joinedOn });
    if (!(await closeMembership(tx, ctx.scope, input.membershipId, input.leftOn, input.reason)))
      throw new DomainError('REGISTRY.NOT_ACTIVE_MEMBER', { field: 'membershipId' });
    await audit({
      action: 'team.member_leave',
      objectType: 'team',
      objectId: membership.teamId,
      before: { membershipId: membership.id, leftOn: null },
      after: { membershipId: membership.id, leftOn: input.leftOn, leftReason: input.reason },
    });
    return membership.teamId;
  });
  const team = await getTeam(ctx.db, ctx.scope, teamId);
  const open = await membershipsOfTeams(ctx.db, ctx.scope, [teamId]);
  return { teamId, compliance: complianceView(teamCompliance(team!.villageEthnicMinorityArea, open)) };
}
