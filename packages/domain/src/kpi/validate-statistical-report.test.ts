import { describe, expect, it } from 'vitest';
import { buildStatisticalReport } from './build-statistical-report.ts';
import { rollUpStatisticalReports } from './rollup-statistical-reports.ts';
import { requireReportApproved, requireReportOpen, requireReportPrepared } from './statistical-report-lifecycle.ts';
import type { StatisticalReport } from './statistical-report.ts';
import { findStatisticalReportViolations, requireStatisticalReportValid } from './validate-statistical-report.ts';

const report = (): StatisticalReport =>
  buildStatisticalReport({
    communeCode: '24013',
    periodKind: 'annual_official',
    year: 2026,
    villages: [{ id: 'v1', name: 'Làng A' }],
    teams: [{ id: 't1', villageId: 'v1' }],
    mediators: [
      {
        id: 'm1',
        teamId: 't1',
        sex: 'female',
        ethnicity: 'Jrai',
        qualification: 'no_degree',
        recognisedOn: '2025-01-01',
      },
      {
        id: 'm2',
        teamId: 't1',
        sex: 'male',
        ethnicity: 'Kinh',
        qualification: 'law_degree',
        recognisedOn: '2025-01-01',
      },
    ],
    cases: [
      {
        id: 'c1',
        teamId: 't1',
        receivedOn: '2026-02-01',
        scope: 'civil',
        startedOn: '2026-02-02',
        endedOn: '2026-02-03',
        result: 'successful',
      },
      {
        id: 'c2',
        teamId: 't1',
        receivedOn: '2026-03-01',
        scope: 'marriage_family',
        startedOn: '2026-03-02',
        endedOn: '2026-03-05',
        result: 'unsuccessful',
      },
      { id: 'c3', teamId: 't1', receivedOn: '2026-04-01', scope: 'civil' },
    ],
    remunerationPayments: [{ paidOn: '2026-05-01', amountVnd: 200_000 }],
  });

describe('the statistical report’s validation rules', () => {
  it('passes a report the domain built', () => {
    expect(findStatisticalReportViolations(report())).toEqual([]);
    expect(() => requireStatisticalReportValid(report())).not.toThrow();
  });
  it('names "successful + unsuccessful ≤ received" and the results that do not add up', () => {
    const r = report();
    r.activity.received.successful = 5;
    const rules = findStatisticalReportViolations(r).map((v) => v.rule);
    expect(rules).toContain('KPI.RULE_CONCLUDED_EXCEEDS_RECEIVED');
    expect(rules).toContain('KPI.RULE_RESULTS_NOT_TOTAL');
    expect(() => requireStatisticalReportValid(r)).toThrow(
      expect.objectContaining({
        code: 'KPI.RULE_CONCLUDED_EXCEEDS_RECEIVED',
        params: { successful: 5, unsuccessful: 1, received: 3 },
      }),
    );
  });
  it('refuses negatives, sexes or ethnicities that miss the total, and fields that miss received', () => {
    const r = report();
    r.organisation.villages = -1;
    r.organisation.mediators.female = 0;
    r.organisation.mediators.kinh = 2;
    r.activity.byScope.civil.total = 1;
    r.organisation.mediators.trainedInPeriod = 1;
    const rules = findStatisticalReportViolations(r).map((v) => v.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'KPI.RULE_NEGATIVE',
        'KPI.RULE_SEXES_NOT_TOTAL',
        'KPI.RULE_ETHNICITY_NOT_TOTAL',
        'KPI.RULE_SCOPES_NOT_RECEIVED',
        'KPI.RULE_TRAINED_EXCEEDS_TOTAL',
      ]),
    );
    expect(findStatisticalReportViolations(r).find((v) => v.rule === 'KPI.RULE_NEGATIVE')!.params).toEqual({
      path: 'organisation.villages',
    });
  });
});

describe('the province’s roll-up', () => {
  it('sums the counts and recomputes both rates from the sums, never averaging them', () => {
    const a = report();
    const b = report();
    b.activity.received = { total: 1, successful: 1, unsuccessful: 0, inProgress: 0, notHandled: 0 };
    const r = rollUpStatisticalReports([a, b]);
    expect(r.communes).toBe(2);
    expect(r.activity.received).toEqual({ total: 4, successful: 2, unsuccessful: 1, inProgress: 0, notHandled: 1 });
    expect(r.activity.successRate).toEqual({ ofReceived: 0.5, ofConcluded: 2 / 3 });
    expect(r.organisation.mediators.byEthnicGroup).toEqual({ Jrai: 2, Kinh: 2 });
    expect(r.remunerationPaidVnd).toBe(400_000);
  });
  it('has no rates ("no data") when nothing is approved', () => {
    const r = rollUpStatisticalReports([]);
    expect(r.communes).toBe(0);
    expect(r.activity.successRate).toEqual({ ofReceived: null, ofConcluded: null });
  });
});

describe('prepared → approved → reopened', () => {
  it('allows each step only from its state', () => {
    expect(() => requireReportOpen(null)).not.toThrow();
    expect(() => requireReportOpen('prepared')).not.toThrow();
    expect(() => requireReportOpen('approved')).toThrow(expect.objectContaining({ code: 'KPI.REPORT_LOCKED' }));
    expect(() => requireReportPrepared(null)).toThrow(expect.objectContaining({ code: 'KPI.REPORT_NOT_PREPARED' }));
    expect(() => requireReportPrepared('approved')).toThrow(expect.objectContaining({ code: 'KPI.REPORT_LOCKED' }));
    expect(() => requireReportPrepared('prepared')).not.toThrow();
    expect(() => requireReportApproved('prepared')).toThrow(
      expect.objectContaining({ code: 'KPI.REPORT_NOT_APPROVED' }),
    );
    expect(() => requireReportApproved('approved')).not.toThrow();
  });
});
