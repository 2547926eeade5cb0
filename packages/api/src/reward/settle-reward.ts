/**
 * Settles a proposal: the chairman records the decision (its number and date), or the proposal is withdrawn with a
 * reason. Only a proposal still "proposed" moves; each move is audited in the same transaction.
 */
import { getReward, setRewardStatus, withAudit } from '@hgcs/db';
import { DomainError, type RewardDecide, type RewardWithdraw } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

async function settle(
  ctx: ScopedContext,
  id: string,
  change: { status: 'decided' | 'withdrawn'; decisionNo?: string; decidedOn?: string; withdrawReason?: string },
) {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await getReward(tx, ctx.scope, id, true);
    if (!row) throw new DomainError('RESOURCE.NOT_FOUND');
    if (row.proposal.status !== 'proposed')
      throw new DomainError('REWARD.NOT_PROPOSED', { status: row.proposal.status });
    await setRewardStatus(tx, ctx.scope, id, {
      status: change.status,
      decisionNo: change.decisionNo ?? null,
      decidedOn: change.decidedOn ?? null,
      withdrawReason: change.withdrawReason ?? null,
      at: ctx.now,
    });
    await audit({
      action: change.status === 'decided' ? 'reward.decide' : 'reward.withdraw',
      objectType: 'reward_proposal',
      objectId: id,
      before: { status: row.proposal.status },
      after: { status: change.status, decidedOn: change.decidedOn, reason: change.withdrawReason },
    });
    return { status: change.status };
  });
}

export const decideReward = (ctx: ScopedContext, input: RewardDecide) =>
  settle(ctx, input.id, { status: 'decided', decisionNo: input.decisionNo, decidedOn: input.decidedOn });

export const withdrawReward = (ctx: ScopedContext, input: RewardWithdraw) =>
  settle(ctx, input.id, { status: 'withdrawn', withdrawReason: input.reason });
