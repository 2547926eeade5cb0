/**
 * The chairman's termination decision (Law 35/2013 Art. 11): in one transaction the decision is recorded (ground,
 * who proposed — Art. 11.2 — and when, number and date) and the membership closed on the decision's day with the
 * ground as its reason; the team's compliance is recomputed and returned at once. A retry with the same decision
 * answers the same; a second decision for the same membership is refused.
 */
import { closeMembership, insertTermination, terminationOfMembership, withAudit } from '@hgcs/db';
import { DomainError, planTermination, teamCompliance, type TerminationConfirm } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { complianceView, type ComplianceView } from '../team/view.ts';
import { loadMember } from './load-member.ts';

export async function confirmTermination(
  ctx: ScopedContext,
  input: TerminationConfirm,
): Promise<{ id: string; teamId: string; compliance: ComplianceView }> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const { membership, team, open } = await loadMember(tx, ctx.scope, input.membershipId);
    const after = () =>
      complianceView(
        teamCompliance(
          team.villageEthnicMinorityArea,
          open.filter((m) => m.id !== membership.id),
        ),
      );
    const done = await terminationOfMembership(tx, ctx.scope, membership.id);
    if (done) {
      if (done.decisionNo === input.decisionNo && done.decisionOn === input.decisionOn)
        return { id: done.id, teamId: team.id, compliance: after() };
      throw new DomainError('REGISTRY.ALREADY_TERMINATED', { field: 'membershipId', decisionNo: done.decisionNo });
    }
    if (membership.leftOn !== null) throw new DomainError('REGISTRY.NOT_ACTIVE_MEMBER', { field: 'membershipId' });
    if (input.decisionOn < membership.joinedOn)
      throw new DomainError('REGISTRY.LEFT_BEFORE_JOINED', { field: 'decisionOn', joinedOn: membership.joinedOn });
    const plan = planTermination({
      mediatorId: membership.mediatorId,
      isTeamLeader: membership.role === 'leader',
      ground: input.ground,
      lostStandard: input.lostStandard,
      proposedOn: input.proposedOn,
      details: input.details,
    });
    const { id } = await insertTermination(tx, ctx.scope, {
      teamId: team.id,
      membershipId: membership.id,
      mediatorId: membership.mediatorId,
      ground: plan.ground,
      lostStandard: plan.lostStandard,
      details: input.details,
      proposer: plan.proposer,
      proposedOn: input.proposedOn,
      decisionNo: input.decisionNo,
      decisionOn: input.decisionOn,
    });
    await closeMembership(tx, ctx.scope, membership.id, input.decisionOn, plan.ground);
    await audit({
      action: 'team.member_terminate',
      objectType: 'team',
      objectId: team.id,
      before: { membershipId: membership.id, leftOn: null },
      after: {
        membershipId: membership.id,
        leftOn: input.decisionOn,
        ground: plan.ground,
        proposedOn: input.proposedOn,
        decisionOn: input.decisionOn,
      },
    });
    return { id, teamId: team.id, compliance: after() };
  });
}
