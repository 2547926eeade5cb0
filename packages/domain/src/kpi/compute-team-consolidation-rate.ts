/** Share of teams consolidated with enough members and the required composition — Decision 315/QĐ-TTg (100%); Law 35/2013 Art. 12. */
import { z } from 'zod';
import { parseInput } from '../budget/input.ts';
import { countSchema, evaluateRate, type IndicatorResult } from './indicator-result.ts';
import { decision315Targets } from './targets.ts';

export const teamConsolidationCountsSchema = z.object({ teams: countSchema, consolidatedTeams: countSchema }).strict();
export type TeamConsolidationCounts = z.infer<typeof teamConsolidationCountsSchema>;

/**
 * consolidatedTeams ÷ teams against 100% — Decision 315/QĐ-TTg. A team counts as consolidated when it has no
 * composition issue (mediation's checkTeamComposition, R-TEAM-1); zero teams → no data.
 */
export function computeTeamConsolidationRate(counts: TeamConsolidationCounts): IndicatorResult {
  const c = parseInput(teamConsolidationCountsSchema, counts);
  return evaluateRate(decision315Targets.teams_consolidated, c.consolidatedTeams, c.teams, {
    part: 'consolidatedTeams',
    total: 'teams',
  });
}
