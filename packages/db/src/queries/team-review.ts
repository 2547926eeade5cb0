/** The yearly reviews of teams marked done (schema/team-review.ts). */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { villages } from '../schema/commune.ts';
import { teams } from '../schema/team.ts';
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

/** The scope's active teams with what the review reads of their village, by village then name. */
export function teamsForReview(db: DbOrTx, scope: AnyScope, teamId?: string) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      villageName: villages.name,
      villageEthnicMinorityArea: villages.ethnicMinorityArea,
    })
    .from(teams)
    .innerJoin(villages, and(eq(villages.communeId, teams.communeId), eq(villages.id, teams.villageId)))
    .where(
      and(
        scopeWhere(scope, { communeId: teams.communeId, villageId: teams.villageId, teamId: teams.id }),
        eq(teams.status, 'active'),
        teamId ? eq(teams.id, teamId) : undefined,
      ),
    )
    .orderBy(asc(villages.name), asc(teams.name));
}
