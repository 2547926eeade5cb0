/** Records (or corrects) how long an entry's performance took in a round; the penalty follows from the contest's rule. */
import { getContestEntry, upsertContestTiming, withAudit } from '@hgcs/db';
import { DomainError, timePenalty, type ContestTimingInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function recordTime(ctx: ScopedContext, input: ContestTimingInput) {
  const found = await getContestEntry(ctx.db, ctx.scope, input.entryId);
  if (!found) throw new DomainError('RESOURCE.NOT_FOUND');
  if (input.round >= found.contest.rounds.length) throw new DomainError('CONTEST.UNKNOWN_ROUND', { field: 'round' });
  const penalty = timePenalty(input.seconds, found.contest);
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const before = await upsertContestTiming(tx, ctx.scope, input);
    await audit({
      action: 'contest.time',
      objectType: 'contest',
      objectId: found.contest.id,
      before: before === null ? undefined : { seconds: before },
      after: { entryId: input.entryId, round: input.round, seconds: input.seconds, penalty },
    });
    return { penalty };
  });
}
