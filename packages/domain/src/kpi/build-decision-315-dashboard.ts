/**
 * The Decision 315/QĐ-TTg dashboard of a commune for a year (issue 13 point 8), for the commune and each village:
 * every coded commune target (teams consolidated, legal support, access to the ministry's material set, the success
 * rate under both definitions) from `evaluateDecision315Kpis`, the mediators trained in the year (no coded target:
 * shown, never judged), and — commune-wide only — the province's trainer coverage applied to the commune's teams.
 * A zero denominator is "no data" (null percent), never 0 %.
 */
import { z } from 'zod';
import type { CaseStatus } from '../mediation/case-state.ts';
import { checkCompositionCounts } from '../mediation/check-team-composition.ts';
import { summariseCaseCounts } from '../cases/case-counts.ts';
import { computeTrainerCoverage } from './compute-trainer-coverage.ts';
import { evaluateDecision315Kpis } from './evaluate-decision-315-kpis.ts';
import type { IndicatorResult } from './indicator-result.ts';

/** Decision 315/QĐ-TTg's phase: the dashboard's years. */
export const decision315PhaseYears = [2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;

export const decision315DashboardInputSchema = z
  .object({
    year: z
      .number({ message: 'field.YEAR' })
      .int({ message: 'field.YEAR' })
      .min(2024, 'field.REPORT_YEAR_RANGE')
      .max(2030, 'field.REPORT_YEAR_RANGE'),
    /** The commune (a province user names one of its communes; a commune user may only name its own). */
    communeCode: z
      .string({ message: 'field.COMMUNE_CODE' })
      .regex(/^\d{1,5}$/, 'field.COMMUNE_CODE')
      .optional(),
  })
  .strict();
export type Decision315DashboardInput = z.infer<typeof decision315DashboardInputSchema>;

export type DashboardIndicatorId =
  | 'teams_consolidated'
  | 'teams_with_legal_support'
  | 'mediators_with_material_access'
  | 'success_rate_of_received'
  | 'success_rate_of_concluded'
  | 'mediators_trained'
  | 'provincial_trainer_coverage';

export type DashboardIndicator = {
  id: DashboardIndicatorId;
  numerator: number;
  denominator: number;
  /** Percent (2 decimals), null when nothing was recorded. */
  percent: number | null;
  /** The target in percent, or for coverage the trainers required; null when Decision 315 codes none. */
  target: number | null;
  comparator: 'gte' | 'gt' | null;
  status: 'met' | 'not_met' | 'no_data' | 'no_target';
};

export type DashboardTeamRow = {
  villageId: string;
  villageEthnicMinorityArea: boolean;
  members: number;
  women: number;
  ethnicMinorityMembers: number;
  leaders: number;
  supported: boolean;
};
export type DashboardMediatorRow = { villageId: string; mediators: number; withAccess: number; trained: number };
export type DashboardCaseRow = { villageId: string | null; status: CaseStatus; cases: number };

export type Decision315DashboardRecords = {
  year: number;
  villages: readonly { id: string; name: string }[];
  /** The commune's active teams. */
  teams: readonly DashboardTeamRow[];
  mediators: readonly DashboardMediatorRow[];
  /** Cases received in the year by the village of their team (null: no team). */
  cases: readonly DashboardCaseRow[];
  /** Distinct trainers of the commune's training events of the year. */
  trainers: number;
};

export type Decision315Dashboard = {
  year: number;
  commune: DashboardIndicator[];
  villages: { id: string; name: string; indicators: DashboardIndicator[] }[];
};

const fromRate = (id: DashboardIndicatorId, r: IndicatorResult): DashboardIndicator => ({
  id,
  numerator: r.numerator,
  denominator: r.denominator,
  percent: r.percent,
  target: r.thresholdPercent,
  comparator: r.comparator,
  status: r.status,
});

function indicatorsOf(
  teams: readonly DashboardTeamRow[],
  mediators: readonly DashboardMediatorRow[],
  cases: readonly DashboardCaseRow[],
): DashboardIndicator[] {
  const consolidated = teams.filter(
    (t) =>
      checkCompositionCounts({
        villageEthnicMinorityArea: t.villageEthnicMinorityArea,
        members: t.members,
        women: t.women,
        ethnicMinorityMembers: t.ethnicMinorityMembers,
        leaders: t.leaders,
      }).length === 0,
  ).length;
  const sum = (k: 'mediators' | 'withAccess' | 'trained') => mediators.reduce((n, m) => n + m[k], 0);
  const counts = summariseCaseCounts(cases.map((c) => ({ communeId: 0, status: c.status, cases: c.cases })))[0]
    ?.counts ?? { received: 0, successful: 0, unsuccessful: 0, stoppedByParty: 0, outOfScope: 0, open: 0 };
  const kpis = evaluateDecision315Kpis({
    teams: teams.length,
    consolidatedTeams: consolidated,
    supportedTeams: teams.filter((t) => t.supported).length,
    mediators: sum('mediators'),
    mediatorsWithAccess: sum('withAccess'),
    mediatorsWithAccessAndUse: sum('withAccess'),
    cases: {
      // Out-of-scope requests are referred elsewhere, not mediated: they are not "received" here.
      received: counts.received - counts.outOfScope,
      successful: counts.successful,
      unsuccessful: counts.unsuccessful + counts.stoppedByParty,
    },
  });
  const mediatorCount = sum('mediators');
  const trained = sum('trained');
  return [
    fromRate('teams_consolidated', kpis.teamsConsolidated),
    fromRate('teams_with_legal_support', kpis.teamsWithLegalSupport),
    fromRate('mediators_with_material_access', kpis.mediatorsWithMaterialAccess),
    fromRate('success_rate_of_received', kpis.successRate.ofReceived),
    fromRate('success_rate_of_concluded', kpis.successRate.ofConcluded),
    {
      id: 'mediators_trained',
      numerator: trained,
      denominator: mediatorCount,
      percent: mediatorCount === 0 ? null : Math.round((trained / mediatorCount) * 10_000) / 100,
      target: null,
      comparator: null,
      status: mediatorCount === 0 ? 'no_data' : 'no_target',
    },
  ];
}

/** The commune's and each village's indicators for the year, from the commune's counted records. */
export function buildDecision315Dashboard(r: Decision315DashboardRecords): Decision315Dashboard {
  const coverage = computeTrainerCoverage({ level: 'provincial', teams: r.teams.length, trainers: r.trainers });
  const commune = [
    ...indicatorsOf(r.teams, r.mediators, r.cases),
    {
      id: 'provincial_trainer_coverage' as const,
      numerator: coverage.trainers,
      denominator: coverage.teams,
      percent: null,
      target: coverage.requiredTrainers,
      comparator: 'gte' as const,
      status: coverage.status,
    },
  ];
  const villages = r.villages.map((v) => ({
    id: v.id,
    name: v.name,
    indicators: indicatorsOf(
      r.teams.filter((t) => t.villageId === v.id),
      r.mediators.filter((m) => m.villageId === v.id),
      r.cases.filter((c) => c.villageId === v.id),
    ),
  }));
  return { year: r.year, commune, villages };
}
