/**
 * The commune's two registry figures of Decision 315/QĐ-TTg: "100 % of teams consolidated" (the Art. 12.1
 * composition, counted by `countConsolidatedTeams`) and "≥ 10 % of teams with legal support". Only active teams
 * count; a dissolved team is out of both.
 */
import { countConsolidatedTeams } from '../kpi/count-consolidated-teams.ts';
import { computeLegalSupportRate } from '../kpi/compute-legal-support-rate.ts';
import { computeTeamConsolidationRate } from '../kpi/compute-team-consolidation-rate.ts';
import type { IndicatorResult } from '../kpi/indicator-result.ts';
import { checkCompositionCounts, type TeamCounts } from '../mediation/check-team-composition.ts';
import { toCompositionInput, type RegisteredMember } from './team-compliance.ts';

export type TeamForFigures = {
  teamId: string;
  status: 'active' | 'dissolved';
  villageEthnicMinorityArea: boolean;
  members: readonly RegisteredMember[];
  supporters: number;
};
export type RegistryFigures = { consolidated: IndicatorResult; legalSupport: IndicatorResult };

/** Both figures for the given teams. */
export function registryFigures(teams: readonly TeamForFigures[]): RegistryFigures {
  const active = teams.filter((t) => t.status === 'active');
  const counted = countConsolidatedTeams(
    active.map((t) => ({ teamId: t.teamId, team: toCompositionInput(t.villageEthnicMinorityArea, t.members) })),
  );
  return {
    consolidated: computeTeamConsolidationRate({ teams: counted.teams, consolidatedTeams: counted.consolidatedTeams }),
    legalSupport: computeLegalSupportRate({
      teams: active.length,
      supportedTeams: active.filter((t) => t.supporters > 0).length,
    }),
  };
}

/** A team as the registry counts it (`team_compositions`): its status, its composition counts and supporters. */
export type CountedTeamForFigures = {
  status: 'active' | 'dissolved';
  counts: TeamCounts;
  supporters: number;
};

/**
 * Both figures from counted teams — the same rule as `registryFigures` (`checkCompositionCounts`), for a province's
 * thousands of teams without reading their members.
 */
export function registryFiguresOfCounts(teams: readonly CountedTeamForFigures[]): RegistryFigures {
  const active = teams.filter((t) => t.status === 'active');
  return {
    consolidated: computeTeamConsolidationRate({
      teams: active.length,
      consolidatedTeams: active.filter((t) => checkCompositionCounts(t.counts).length === 0).length,
    }),
    legalSupport: computeLegalSupportRate({
      teams: active.length,
      supportedTeams: active.filter((t) => t.supporters > 0).length,
    }),
  };
}
