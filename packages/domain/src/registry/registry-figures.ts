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

/**
 * Teams as the registry counts them (the counts the database keeps on each team): a status, composition counts and whether they have a
 * legal supporter, shared by `teams` teams (1 when not given).
 */
export type CountedTeamsForFigures = {
  status: 'active' | 'dissolved';
  counts: TeamCounts;
  supported: boolean;
  teams?: number;
};

/**
 * Both figures from counted teams — the same rule as `registryFigures` (`checkCompositionCounts`), for a province's
 * thousands of teams without reading their members: the database groups teams that count alike, the rule is asked
 * once per group.
 */
export function registryFiguresOfCounts(groups: readonly CountedTeamsForFigures[]): RegistryFigures {
  const active = groups.filter((g) => g.status === 'active');
  const sum = (gs: readonly CountedTeamsForFigures[]) => gs.reduce((n, g) => n + (g.teams ?? 1), 0);
  const teams = sum(active);
  return {
    consolidated: computeTeamConsolidationRate({
      teams,
      consolidatedTeams: sum(active.filter((g) => checkCompositionCounts(g.counts).length === 0)),
    }),
    legalSupport: computeLegalSupportRate({ teams, supportedTeams: sum(active.filter((g) => g.supported)) }),
  };
}
