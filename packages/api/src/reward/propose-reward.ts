/**
 * Records a reward proposal for a mediator (individual) or a team (collective): the route is the domain's
 * `decideRewardRoute` (the chairman decides the commune's forms, others go upward; a form that does not suit the
 * recipient is refused), and every piece of evidence must be one the product lists for that recipient and period
 * (`rewardEvidence`) — refused naming the line otherwise. A retry (same `clientKey`) returns the first proposal.
 */
import { getTeam, insertReward, mediatorNames, rewardByClientKey, rewardEvidence, withAudit } from '@hgcs/db';
import { decideRewardRoute, DomainError, rewardForms, type RewardPropose } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function proposeReward(ctx: ScopedContext, input: RewardPropose) {
  const earlier = await rewardByClientKey(ctx.db, ctx.scope, input.clientKey);
  if (earlier) return { id: earlier.id, created: false };
  const recipientKind = input.mediatorId ? ('individual' as const) : ('collective' as const);
  if (input.mediatorId && !(await mediatorNames(ctx.db, ctx.scope, [input.mediatorId])).has(input.mediatorId))
    throw new DomainError('RESOURCE.NOT_FOUND');
  if (input.teamId && !(await getTeam(ctx.db, ctx.scope, input.teamId))) throw new DomainError('RESOURCE.NOT_FOUND');
  const route = decideRewardRoute({ form: input.form, recipientKind, underCommuneManagement: true });
  const issue = route.issues[0];
  if (issue?.code === 'REWARD.WRONG_RECIPIENT')
    throw new DomainError('REWARD.WRONG_RECIPIENT', {
      form: rewardForms.find((f) => f.code === input.form)!.vi,
      recipient: recipientKind === 'individual' ? 'cá nhân' : 'tập thể',
    });
  const evidence = await rewardEvidence(ctx.db, ctx.scope, input, { from: input.periodFrom, to: input.periodTo });
  const checks = [
    ['caseIds', input.caseIds, evidence.cases],
    ['trainingEventIds', input.trainingEventIds, evidence.training],
    ['contestEntryIds', input.contestEntryIds, evidence.contests],
  ] as const;
  for (const [field, chosen, allowed] of checks) {
    const ok = new Set(allowed.map((a) => a.id));
    const bad = chosen.findIndex((id) => !ok.has(id));
    if (bad >= 0) throw new DomainError('REWARD.EVIDENCE_NOT_OURS', { field: `${field}.${bad}` });
  }
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await insertReward(tx, ctx.scope, {
      form: input.form,
      recipientKind,
      mediatorId: input.mediatorId,
      teamId: input.teamId,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      achievements: input.achievements,
      caseIds: [...new Set(input.caseIds)],
      trainingEventIds: [...new Set(input.trainingEventIds)],
      contestEntryIds: [...new Set(input.contestEntryIds)],
      action: route.action,
      status: 'proposed',
      clientKey: input.clientKey,
      createdBy: ctx.user.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (!row) return { id: (await rewardByClientKey(tx, ctx.scope, input.clientKey))!.id, created: false };
    await audit({
      action: 'reward.propose',
      objectType: 'reward_proposal',
      objectId: row.id,
      after: {
        form: input.form,
        action: route.action,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        teamId: input.teamId,
        count: input.caseIds.length + input.trainingEventIds.length + input.contestEntryIds.length,
      },
    });
    return { id: row.id, created: true, action: route.action };
  });
}
