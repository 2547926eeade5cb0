/** A team's yearly review as the console shows it: what it found (counts and codes, no names) and whether it is done. */
import type { TeamYearReview } from '@hgcs/domain';

export type TeamReviewView = {
  teamId: string;
  teamName: string;
  villageName: string;
  year: number;
  left: number;
  placesToFill: number;
  compositionIssues: TeamYearReview['compositionIssues'];
  actions: TeamYearReview['actions'];
  consolidated: boolean;
  done: null | { at: string; by: string | null };
};

/** The findings kept when a review is marked done: ids, dates, codes and counts. */
export function findingsOf(review: TeamYearReview) {
  return {
    asOf: review.asOf,
    activeMediators: review.activeMediators,
    left: review.left,
    placesToFill: review.placesToFill,
    compositionIssues: review.compositionIssues,
    actions: review.actions,
    consolidated: review.consolidated,
  };
}
