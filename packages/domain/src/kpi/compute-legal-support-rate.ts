/** Share of teams supported by legal professionals — Decision 315/QĐ-TTg (≥ 10%). */
import { z } from 'zod';
import { parseInput } from '../budget/input.ts';
import { countSchema, evaluateRate, type IndicatorResult } from './indicator-result.ts';
import { decision315Targets } from './targets.ts';

export const legalSupportCountsSchema = z.object({ teams: countSchema, supportedTeams: countSchema }).strict();
export type LegalSupportCounts = z.infer<typeof legalSupportCountsSchema>;

/** supportedTeams ÷ teams against ≥ 10% (lawyers, jurists, assessors, police, border guards, legal officials, former judges…) — Decision 315/QĐ-TTg. */
export function computeLegalSupportRate(counts: LegalSupportCounts): IndicatorResult {
  const c = parseInput(legalSupportCountsSchema, counts);
  return evaluateRate(decision315Targets.teams_with_legal_support, c.supportedTeams, c.teams, {
    part: 'supportedTeams',
    total: 'teams',
  });
}
