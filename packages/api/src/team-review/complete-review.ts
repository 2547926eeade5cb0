/**
 * Marks a team's review of the API's current year done (Law 35/2013 Art. 12.3), keeping what it found that day,
 * who and when. Marking it again changes nothing (one row per team and year) and is not audited twice.
 */
import { insertTeamReview, withAudit } from '@hgcs/db';
import { DomainError, todayInVietnam } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { reviewTeams } from './review-teams.ts';
import { findingsOf } from './view.ts';

export async function completeReview(ctx: ScopedContext, teamId: string): Promise<{ done: true; already: boolean }> {
  const today = todayInVietnam(ctx.now);
  const year = Number(today.slice(0, 4));
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const [team] = await reviewTeams(tx, ctx.scope, today, teamId);
    if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
    const findings = findingsOf(team.review);
    const inserted = await insertTeamReview(tx, ctx.scope, {
      teamId,
      year,
      findings,
      doneBy: ctx.user.userId,
      doneAt: ctx.now,
    });
    if (inserted)
      await audit({
        action: 'team.review_done',
        objectType: 'team',
        objectId: teamId,
        after: { year, count: findings.left.length, placesToFill: findings.placesToFill, status: 'done' },
      });
    return { done: true, already: !inserted };
  });
}
