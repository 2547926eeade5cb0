/**
 * Awards an entry its prize (a team prize): the amount within Circular 56/2023/TT-BTC Art. 3.13.d's cap for its
 * rank (`checkPrizeAmount`), refused naming the cap otherwise; awarding again replaces the prize.
 */
import { getContestEntry, setContestPrize, withAudit } from '@hgcs/db';
import { checkPrizeAmount, DomainError, type ContestPrizeInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function awardPrize(ctx: ScopedContext, input: ContestPrizeInput) {
  const found = await getContestEntry(ctx.db, ctx.scope, input.entryId);
  if (!found) throw new DomainError('RESOURCE.NOT_FOUND');
  const cap = checkPrizeAmount({
    rank: input.rank,
    recipient: 'team',
    amountVnd: input.amountVnd,
    date: found.contest.startsOn,
  });
  if (!cap.withinCap)
    throw new DomainError('CONTEST.PRIZE_OVER_CAP', { field: 'amountVnd', amount: input.amountVnd, cap: cap.capVnd });
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    await setContestPrize(tx, ctx.scope, input.entryId, { prizeRank: input.rank, prizeAmountVnd: input.amountVnd });
    await audit({
      action: 'contest.prize',
      objectType: 'contest',
      objectId: found.contest.id,
      before: { rank: found.entry.prizeRank, amountVnd: found.entry.prizeAmountVnd },
      after: { entryId: input.entryId, rank: input.rank, amountVnd: input.amountVnd },
    });
    return { capVnd: cap.capVnd };
  });
}
