/**
 * Counts the teams that meet the composition of Law 35/2013 Art. 12.1 (R-TEAM-1, mediation's checkTeamComposition),
 * the numerator of the Decision 315/QĐ-TTg "100% of teams consolidated" target, and lists the others with their issues.
 */
import { z } from 'zod';
import {
  checkTeamComposition,
  type TeamCompositionRules,
  type TeamInput,
} from '../mediation/check-team-composition.ts';
import type { Issue } from '../mediation/issue.ts';
import { parseInput } from '../budget/input.ts';

export type TeamToCount = { teamId: string; team: TeamInput };
export type ConsolidatedTeamCount = {
  teams: number;
  consolidatedTeams: number;
  notConsolidated: { teamId: string; issues: Issue[] }[];
};

/** How many teams have no composition issue, and the issues of the rest — Law 35/2013 Art. 12.1; Decision 315/QĐ-TTg. */
export function countConsolidatedTeams(
  teams: readonly TeamToCount[],
  rules: TeamCompositionRules = {},
): ConsolidatedTeamCount {
  parseInput(z.array(z.object({ teamId: z.string().trim().min(1).max(64), team: z.unknown() }).strict()), teams);
  const notConsolidated = teams
    .map(({ teamId, team }) => ({ teamId, issues: checkTeamComposition(team, rules) }))
    .filter((t) => t.issues.length > 0);
  return { teams: teams.length, consolidatedTeams: teams.length - notConsolidated.length, notConsolidated };
}
