import { describe, expect, it } from 'vitest';
import { circular03Rules, reportingPeriod, type ReportingPeriodKind } from './reporting-period.ts';

describe('reportingPeriod — Circular 03/2019/TT-BTP Art. 6.1 (R-STAT-1)', () => {
  it('6-month: 01/01–30/06, actual to 31/05, June estimated', () => {
    expect(reportingPeriod('six_month', 2026)).toEqual({
      kind: 'six_month',
      year: 2026,
      from: '2026-01-01',
      to: '2026-06-30',
      actualFrom: '2026-01-01',
      actualTo: '2026-05-31',
      estimateFrom: '2026-06-01',
      estimateTo: '2026-06-30',
      submitBy: null,
    });
  });
  it('annual preliminary: 01/01–31/12, actual to 31/10 for a commune', () => {
    const p = reportingPeriod('annual_preliminary', 2025);
    expect([p.from, p.to, p.actualTo, p.estimateFrom, p.estimateTo]).toEqual([
      '2025-01-01',
      '2025-12-31',
      '2025-10-31',
      '2025-11-01',
      '2025-12-31',
    ]);
  });
  it('annual official: the whole year, all actual', () => {
    const p = reportingPeriod('annual_official', 2030);
    expect([p.from, p.to, p.actualTo, p.estimateFrom, p.estimateTo]).toEqual([
      '2030-01-01',
      '2030-12-31',
      '2030-12-31',
      null,
      null,
    ]);
  });
  it('takes other cut-offs as a parameter (central units: actual to 30/11; a submission date; an October start)', () => {
    const rules = {
      ...circular03Rules,
      annual_preliminary: { ...circular03Rules.annual_preliminary, actualTo: { month: 11, day: 30 } },
      annual_official: { ...circular03Rules.annual_official, submitBy: { month: 2, day: 15, nextYear: true } },
      six_month: {
        ...circular03Rules.six_month,
        periodStart: { month: 10, day: 1 },
        startsPreviousYear: true,
        periodEnd: { month: 3, day: 31 },
        actualTo: { month: 3, day: 31 },
      },
    };
    expect(reportingPeriod('annual_preliminary', 2026, rules).actualTo).toBe('2026-11-30');
    expect(reportingPeriod('annual_official', 2026, rules).submitBy).toBe('2027-02-15');
    expect(reportingPeriod('six_month', 2026, rules)).toMatchObject({
      from: '2025-10-01',
      to: '2026-03-31',
      estimateFrom: null,
    });
  });
  it('refuses a bad kind, year or rule', () => {
    expect(() => reportingPeriod('quarterly' as ReportingPeriodKind, 2026)).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_INPUT' }),
    );
    expect(() => reportingPeriod('six_month', 2026.5)).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_INPUT' }),
    );
    const late = { ...circular03Rules, six_month: { ...circular03Rules.six_month, actualTo: { month: 7, day: 31 } } };
    expect(() => reportingPeriod('six_month', 2026, late)).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_INPUT' }),
    );
    const impossible = {
      ...circular03Rules,
      six_month: { ...circular03Rules.six_month, actualTo: { month: 2, day: 30 } },
    };
    expect(() => reportingPeriod('six_month', 2026, impossible)).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_INPUT' }),
    );
  });
});
