import { expect, it } from 'vitest';
import { communeYearEnd2027 } from './commune-kpis.ts';

it('builds the 2027 report, evaluates the Decision 315 KPIs and checks the budget', () => {
  const { report, kpis, budgetCheck, execution } = communeYearEnd2027();
  expect(report.organisation.mediators).toMatchObject({ total: 5, female: 2, ethnicMinority: 4, trainedInPeriod: 3 });
  expect(report.activity.received).toEqual({ total: 4, successful: 2, unsuccessful: 1, inProgress: 0, notHandled: 1 });
  expect(report.activity.successRate).toEqual({ ofReceived: 0.5, ofConcluded: 2 / 3 });
  expect(report.remunerationPaidVnd).toBe(1_100_000);

  expect(kpis.teamsConsolidated).toMatchObject({ percent: 50, met: false });
  expect(kpis.teamsWithLegalSupport).toMatchObject({ percent: 50, met: true });
  expect(kpis.mediatorsWithMaterialAccess).toMatchObject({ percent: 60, met: false }); // access AND use by default
  expect(kpis.successRate.kpi).toMatchObject({ percent: 50, met: false });
  expect(kpis.successRate.ofConcluded.percent).toBe(66.67);

  expect(budgetCheck.issues.map((i) => [i.lineId, i.code])).toEqual([['team-support', 'BUDGET.OVER_CAP']]);
  expect(execution.total.percent).toBe(87);
});
