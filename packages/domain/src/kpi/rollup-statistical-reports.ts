/**
 * The province's roll-up of its communes' approved statistical reports of one period (issue 13 point 9): every count
 * summed, both success rates recomputed from the sums (never averaged), the ethnic groups merged by name.
 */
import type { ResultCounts, StatisticalReport } from './statistical-report.ts';

export type StatisticalReportRollup = {
  communes: number;
  organisation: StatisticalReport['organisation'];
  activity: StatisticalReport['activity'];
  remunerationPaidVnd: number;
};

const zero = (): ResultCounts => ({ total: 0, successful: 0, unsuccessful: 0, inProgress: 0, notHandled: 0 });
const add = (a: ResultCounts, b: ResultCounts): ResultCounts => ({
  total: a.total + b.total,
  successful: a.successful + b.successful,
  unsuccessful: a.unsuccessful + b.unsuccessful,
  inProgress: a.inProgress + b.inProgress,
  notHandled: a.notHandled + b.notHandled,
});

/** Sums reports of the same period (the caller passes only approved ones). */
export function rollUpStatisticalReports(reports: readonly StatisticalReport[]): StatisticalReportRollup {
  const m = {
    total: 0,
    male: 0,
    female: 0,
    kinh: 0,
    ethnicMinority: 0,
    byEthnicGroup: {} as Record<string, number>,
    lawDegree: 0,
    otherDegree: 0,
    noDegree: 0,
    trainedInPeriod: 0,
    everTrained: 0,
  };
  let villages = 0;
  let teams = 0;
  let received = zero();
  const byScope = { civil: zero(), marriage_family: zero(), other: zero() };
  let outOfScopeReferred = 0;
  let remunerationPaidVnd = 0;
  for (const r of reports) {
    villages += r.organisation.villages;
    teams += r.organisation.teams;
    const x = r.organisation.mediators;
    for (const k of [
      'total',
      'male',
      'female',
      'kinh',
      'ethnicMinority',
      'lawDegree',
      'otherDegree',
      'noDegree',
      'trainedInPeriod',
      'everTrained',
    ] as const)
      m[k] += x[k];
    for (const [g, n] of Object.entries(x.byEthnicGroup)) m.byEthnicGroup[g] = (m.byEthnicGroup[g] ?? 0) + n;
    received = add(received, r.activity.received);
    for (const k of ['civil', 'marriage_family', 'other'] as const) byScope[k] = add(byScope[k], r.activity.byScope[k]);
    outOfScopeReferred += r.activity.outOfScopeReferred;
    remunerationPaidVnd += r.remunerationPaidVnd;
  }
  const concluded = received.successful + received.unsuccessful;
  return {
    communes: reports.length,
    organisation: { villages, teams, mediators: m },
    activity: {
      received,
      byScope,
      outOfScopeReferred,
      successRate: {
        ofReceived: received.total === 0 ? null : received.successful / received.total,
        ofConcluded: concluded === 0 ? null : received.successful / concluded,
      },
    },
    remunerationPaidVnd,
  };
}
