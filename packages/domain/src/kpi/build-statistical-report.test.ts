import { describe, expect, it } from 'vitest';
import { buildStatisticalReport } from './build-statistical-report.ts';
import type { StatisticalReportInput } from './statistical-report-input.ts';
import { statisticalReportSchema } from './statistical-report.ts';

const base: StatisticalReportInput = {
  communeCode: '24013',
  periodKind: 'six_month',
  year: 2027,
  villages: [
    { id: 'v1', name: 'Làng Bi Dông' },
    { id: 'v2', name: 'Làng Bi Da' },
  ],
  teams: [
    { id: 't1', villageId: 'v1' },
    { id: 't2', villageId: 'v2', establishedOn: '2025-01-01' },
    { id: 't3', villageId: 'v2', establishedOn: '2020-01-01', dissolvedOn: '2027-05-31' },
  ],
  mediators: [
    {
      id: 'm1',
      teamId: 't1',
      sex: 'female',
      ethnicity: 'Ba Na',
      qualification: 'no_degree',
      recognisedOn: '2025-01-10',
      trainedOn: ['2027-03-10'],
    },
    {
      id: 'm2',
      teamId: 't1',
      sex: 'male',
      ethnicity: 'Kinh',
      qualification: 'law_degree',
      recognisedOn: '2025-01-10',
      trainedOn: ['2026-04-01'],
    },
    {
      id: 'm3',
      teamId: 't2',
      sex: 'male',
      ethnicity: 'Gia Rai',
      qualification: 'other_degree',
      recognisedOn: '2027-05-31',
      trainedOn: ['2027-06-15'],
    },
    {
      id: 'm4',
      teamId: 't2',
      sex: 'female',
      ethnicity: 'kinh',
      qualification: 'no_degree',
      recognisedOn: '2025-01-10',
      terminatedOn: '2027-05-31',
    },
    {
      id: 'm5',
      teamId: 't2',
      sex: 'female',
      ethnicity: 'Ba Na',
      qualification: 'no_degree',
      recognisedOn: '2027-06-01',
    },
  ],
  cases: [
    {
      id: 'c1',
      teamId: 't1',
      receivedOn: '2027-01-01',
      scope: 'civil',
      startedOn: '2027-01-02',
      endedOn: '2027-01-10',
      result: 'successful',
    },
    {
      id: 'c2',
      teamId: 't1',
      receivedOn: '2027-02-01',
      scope: 'marriage_family',
      startedOn: '2027-02-02',
      endedOn: '2027-03-01',
      result: 'unsuccessful',
    },
    {
      id: 'c3',
      teamId: 't2',
      receivedOn: '2027-05-20',
      scope: 'interpersonal_conflict',
      startedOn: '2027-05-21',
      endedOn: '2027-06-05',
      result: 'successful',
    },
    { id: 'c4', teamId: 't2', receivedOn: '2027-05-31', scope: 'minor_violation' },
    { id: 'c5', teamId: 't2', receivedOn: '2027-06-01', scope: 'civil' },
    {
      id: 'c6',
      teamId: 't1',
      receivedOn: '2026-12-31',
      scope: 'civil',
      startedOn: '2027-01-01',
      endedOn: '2027-01-05',
      result: 'successful',
    },
    { id: 'c7', teamId: 't1', receivedOn: '2027-04-04', outOfScope: true, scope: null },
  ],
  remunerationPayments: [
    { paidOn: '2027-01-20', amountVnd: 400_000 },
    { paidOn: '2027-06-10', amountVnd: 300_000 },
  ],
};

describe('buildStatisticalReport (Circular 03/2019 Art. 6.1; R-STAT-1, R-STAT-2)', () => {
  const r = buildStatisticalReport(base);

  it('uses the six-month period with actual data to 31/05 and conforms to the schema', () => {
    expect(r.period).toEqual({
      kind: 'six_month',
      year: 2027,
      from: '2027-01-01',
      to: '2027-06-30',
      actualTo: '2027-05-31',
      estimateFrom: '2027-06-01',
    });
    expect(statisticalReportSchema.parse(r)).toEqual(r);
  });
  it('counts teams and mediators active on the last day of actual data', () => {
    expect(r.organisation.villages).toBe(2);
    expect(r.organisation.teams).toBe(2); // t3 dissolved on 31/05
    expect(r.organisation.mediators).toEqual({
      total: 3,
      male: 2,
      female: 1,
      kinh: 1,
      ethnicMinority: 2,
      byEthnicGroup: { 'Ba Na': 1, Kinh: 1, 'Gia Rai': 1 },
      lawDegree: 1,
      otherDegree: 1,
      noDegree: 1,
      trainedInPeriod: 1,
      everTrained: 2,
    });
  });
  it('counts cases received in the actual span by scope and by result as of the cut-off', () => {
    expect(r.activity.received).toEqual({ total: 4, successful: 1, unsuccessful: 1, inProgress: 1, notHandled: 1 });
    expect(r.activity.byScope.civil).toEqual({
      total: 1,
      successful: 1,
      unsuccessful: 0,
      inProgress: 0,
      notHandled: 0,
    });
    expect(r.activity.byScope.marriage_family.unsuccessful).toBe(1);
    expect(r.activity.byScope.other).toEqual({
      total: 2,
      successful: 0,
      unsuccessful: 0,
      inProgress: 1,
      notHandled: 1,
    });
    expect(r.activity.outOfScopeReferred).toBe(1);
    expect(r.activity.successRate).toEqual({ ofReceived: 0.25, ofConcluded: 0.5 });
    expect(r.remunerationPaidVnd).toBe(400_000);
  });
  it('counts everything actual in the official annual report', () => {
    const y = buildStatisticalReport({ ...base, periodKind: 'annual_official' });
    expect(y.period.estimateFrom).toBeNull();
    expect(y.activity.received).toMatchObject({ total: 5, successful: 2, notHandled: 2 });
    expect(y.organisation.mediators.total).toBe(4); // m4 terminated; m5 recognised after 31/05
    expect(y.remunerationPaidVnd).toBe(700_000);
  });
  it('has null success rates (no division by zero) when there are no cases', () => {
    const e = buildStatisticalReport({ ...base, cases: [], teams: [], mediators: [], villages: [] });
    expect(e.activity.successRate).toEqual({ ofReceived: null, ofConcluded: null });
    expect(e.organisation.teams).toBe(0);
  });
  it('refuses duplicate ids, unknown references and inconsistent cases', () => {
    const code = (input: StatisticalReportInput) => {
      try {
        buildStatisticalReport(input);
        return null;
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    expect(code({ ...base, villages: [...base.villages, { id: 'v1', name: 'Lặp' }] })).toBe('KPI.DUPLICATE_ID');
    expect(code({ ...base, teams: [{ id: 't9', villageId: 'nowhere' }] })).toBe('KPI.UNKNOWN_REFERENCE');
    expect(code({ ...base, cases: [{ id: 'x', teamId: 'zz', receivedOn: '2027-01-01', scope: 'civil' }] })).toBe(
      'KPI.UNKNOWN_REFERENCE',
    );
    expect(
      code({
        ...base,
        cases: [{ id: 'x', teamId: 't1', receivedOn: '2027-01-01', scope: 'civil', endedOn: '2027-01-02' }],
      }),
    ).toBe('KPI.INCONSISTENT_CASE');
    expect(
      code({
        ...base,
        cases: [{ id: 'x', teamId: 't1', receivedOn: '2027-01-05', scope: 'civil', startedOn: '2027-01-01' }],
      }),
    ).toBe('KPI.INCONSISTENT_CASE');
    expect(
      code({
        ...base,
        cases: [
          {
            id: 'x',
            teamId: 't1',
            receivedOn: '2027-01-05',
            scope: 'civil',
            startedOn: '2027-01-06',
            endedOn: '2027-01-05',
            result: 'successful',
          },
        ],
      }),
    ).toBe('KPI.INCONSISTENT_CASE');
    expect(code({ ...base, cases: [{ id: 'x', teamId: 't1', receivedOn: '2027-01-05', scope: null }] })).toBe(
      'KPI.INCONSISTENT_CASE',
    );
    expect(code({ ...base, communeCode: '24' })).toBe('INPUT.INVALID');
    expect(code({ ...base, mediators: [{ ...base.mediators[0]!, sex: 'other' as never }] })).toBe('INPUT.INVALID');
  });
});
