/** The yearly reviews of teams marked done (schema/team-review.ts). */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { teamReviews } from '../schema/team-review.ts';
import { users } from '../schema/user.ts';

/** The reviews of `year` marked done in the scope's teams, with the name of who marked each. */
export function teamReviewsOfYear(db: DbOrTx, scope: AnyScope, year: number) {
  return db
    .select({
      teamId: teamReviews.teamId,
      year: teamReviews.year,
      findings: teamReviews.findings,
      doneAt: teamReviews.doneAt,
      doneByName: users.displayName,
    })
    .from(teamReviews)
    .leftJoin(users, eq(users.id, teamReviews.doneBy))
    .where(
      and(
        scopeWhere(scope, { communeId: teamReviews.communeId, teamId: teamReviews.teamId }),
        eq(teamReviews.year, year),
      ),
    );
}

/** Marks a team's review of a year done; false when it already was (the first mark stays). */
export async function insertTeamReview(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: { teamId: string; year: number; findings: unknown; doneBy: string; doneAt: Date },
): Promise<boolean> {
  const rows = await db
    .insert(teamReviews)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoNothing({ target: [teamReviews.communeId, teamReviews.teamId, teamReviews.year] })
    .returning({ id: teamReviews.id });
  return rows.length > 0;
}
