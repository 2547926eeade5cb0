/**
 * The yearly review items of the API's current year for the scope's active teams (or one team): each with what
 * the review finds today and, once marked, when and by whom it was done. The dashboard lists those not done.
 */
import { teamReviewsOfYear, type Db } from '@hgcs/db';
import { todayInVietnam, type AnyScope } from '@hgcs/domain';
import { reviewTeams } from './review-teams.ts';
import type { TeamReviewView } from './view.ts';

export async function listReviews(db: Db, scope: AnyScope, now: Date, teamId?: string) {
  const today = todayInVietnam(now);
  const year = Number(today.slice(0, 4));
  const [teams, done] = await Promise.all([reviewTeams(db, scope, today, teamId), teamReviewsOfYear(db, scope, year)]);
  const doneOf = new Map(done.map((d) => [d.teamId, d]));
  const items: TeamReviewView[] = teams.map(({ id, name, villageName, review }) => {
    const mark = doneOf.get(id);
    return {
      teamId: id,
      teamName: name,
      villageName,
      year,
      left: review.left.length,
      placesToFill: review.placesToFill,
      compositionIssues: review.compositionIssues,
      actions: review.actions,
      consolidated: review.consolidated,
      done: mark ? { at: todayInVietnam(mark.doneAt), by: mark.doneByName } : null,
    };
  });
  return { year, items, pending: items.filter((i) => i.done === null).length };
}
