/** The yearly review (kiện toàn) of the mediation teams: the items of the current year, and marking one done. */
import { teamReviewDoneSchema, teamReviewListSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { completeReview } from './complete-review.ts';
import { listReviews } from './list-reviews.ts';

export const teamReviewRouter = {
  /** The scope's active teams' review items of the API's year (one team's with `teamId`). */
  list: can('team.read')
    .input(teamReviewListSchema.optional())
    .query(({ ctx, input }) => listReviews(ctx.db, ctx.scope, ctx.now, input?.teamId)),
  /** Marks a team's review of the year done; again is a no-op. */
  complete: can('team.manage')
    .input(teamReviewDoneSchema)
    .mutation(({ ctx, input }) => completeReview(ctx, input.teamId)),
};
