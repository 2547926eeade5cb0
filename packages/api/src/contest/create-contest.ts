/** Records a contest with its rules, with its audit row; a retry (same `clientKey`) returns the first contest. */
import { contestByClientKey, insertContest, withAudit } from '@hgcs/db';
import type { ContestCreate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function createContest(ctx: ScopedContext, input: ContestCreate) {
  const earlier = await contestByClientKey(ctx.db, ctx.scope, input.clientKey);
  if (earlier) return { id: earlier.id, created: false };
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await insertContest(tx, ctx.scope, { ...input, createdBy: ctx.user.userId, createdAt: ctx.now });
    if (!row) return { id: (await contestByClientKey(tx, ctx.scope, input.clientKey))!.id, created: false };
    await audit({
      action: 'contest.create',
      objectType: 'contest',
      objectId: row.id,
      after: {
        level: input.level,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        count: input.rubric.length,
        rounds: input.rounds.length,
        timeLimitMinutes: input.timeLimitMinutes,
        penaltyPerMinute: input.penaltyPerMinute,
      },
    });
    return { id: row.id, created: true };
  });
}
