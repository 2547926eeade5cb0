/**
 * Records one judge's sheet for an entry and a round: checked against the contest's rubric (`checkScoreSheet`: a
 * score above a criterion's maximum is refused naming it); a judge who already scored that entry in that round is
 * refused (the sheet stands as first recorded; nothing is written).
 */
import { getContestEntry, insertContestScore, withAudit } from '@hgcs/db';
import { checkScoreSheet, DomainError, type ContestScoreInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function recordScore(ctx: ScopedContext, input: ContestScoreInput) {
  const found = await getContestEntry(ctx.db, ctx.scope, input.entryId);
  if (!found) throw new DomainError('RESOURCE.NOT_FOUND');
  checkScoreSheet(found.contest, input);
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await insertContestScore(tx, ctx.scope, {
      ...input,
      enteredBy: ctx.user.userId,
      enteredAt: ctx.now,
    });
    if (!row) throw new DomainError('CONTEST.JUDGE_SCORED_TWICE', { field: 'judge', judge: input.judge });
    const total = input.scores.reduce((a, b) => a + b, 0);
    await audit({
      action: 'contest.score',
      objectType: 'contest',
      objectId: found.contest.id,
      after: { entryId: input.entryId, round: input.round, total },
    });
    return { id: row.id, total };
  });
}
