/**
 * The commune's Decision 315/QĐ-TTg dashboard in one call: team consolidation, legal-expert support, material-set
 * access and the success rate, from plain counts. Parameters for the ❓ rules: which success-rate definition is the
 * KPI (default `of_received`), whether the commune is a central pilot site (default no), and whether material access
 * must include recorded use (default yes: the target says "tiếp cận, sử dụng").
 */
import { z } from 'zod';
import { parseInput } from '../budget/input.ts';
import { computeLegalSupportRate } from './compute-legal-support-rate.ts';
import { computeMaterialAccessRate } from './compute-material-access-rate.ts';
import {
  caseCountsSchema,
  computeSuccessRate,
  successRateDefinitionSchema,
  type SuccessRate,
} from './compute-success-rate.ts';
import { computeTeamConsolidationRate } from './compute-team-consolidation-rate.ts';
import { countSchema, type IndicatorResult } from './indicator-result.ts';

export const decision315CountsSchema = z
  .object({
    teams: countSchema,
    consolidatedTeams: countSchema,
    supportedTeams: countSchema,
    mediators: countSchema,
    mediatorsWithAccess: countSchema,
    mediatorsWithAccessAndUse: countSchema,
    cases: caseCountsSchema,
  })
  .strict();
export type Decision315Counts = z.infer<typeof decision315CountsSchema>;

export const decision315OptionsSchema = z
  .object({
    successRateDefinition: successRateDefinitionSchema.default('of_received'),
    centralPilotCommune: z.boolean().default(false),
    materialAccessCounting: z.enum(['access_and_use', 'access']).default('access_and_use'),
  })
  .strict();
export type Decision315Options = z.input<typeof decision315OptionsSchema>;

export type Decision315Kpis = {
  teamsConsolidated: IndicatorResult;
  teamsWithLegalSupport: IndicatorResult;
  mediatorsWithMaterialAccess: IndicatorResult;
  successRate: SuccessRate;
  /** How many of the four KPIs are met. */
  metCount: number;
};

/** Every commune-level Decision 315/QĐ-TTg indicator from counts, with met / not met. */
export function evaluateDecision315Kpis(counts: Decision315Counts, options: Decision315Options = {}): Decision315Kpis {
  const c = parseInput(decision315CountsSchema, counts);
  const o = parseInput(decision315OptionsSchema, options);
  const teamsConsolidated = computeTeamConsolidationRate({ teams: c.teams, consolidatedTeams: c.consolidatedTeams });
  const teamsWithLegalSupport = computeLegalSupportRate({ teams: c.teams, supportedTeams: c.supportedTeams });
  const withAccess = o.materialAccessCounting === 'access' ? c.mediatorsWithAccess : c.mediatorsWithAccessAndUse;
  const mediatorsWithMaterialAccess = computeMaterialAccessRate({
    mediators: c.mediators,
    mediatorsWithAccess: withAccess,
  });
  const successRate = computeSuccessRate(c.cases, {
    definition: o.successRateDefinition,
    centralPilotCommune: o.centralPilotCommune,
  });
  const metCount = [teamsConsolidated, teamsWithLegalSupport, mediatorsWithMaterialAccess, successRate.kpi].filter(
    (r) => r.met,
  ).length;
  return { teamsConsolidated, teamsWithLegalSupport, mediatorsWithMaterialAccess, successRate, metCount };
}
