import { describe, expect, it } from 'vitest';
import { computeSuccessRate, successRateDefinitions } from './compute-success-rate.ts';
import { evaluateDecision315Kpis } from './evaluate-decision-315-kpis.ts';

describe('computeSuccessRate (R-STAT-2, both definitions)', () => {
  it('computes both rates and uses of_received as the KPI by default', () => {
    // Quảng Nam's published figure: 631 successful of 852 received = 74.06%
    const r = computeSuccessRate({ received: 852, successful: 631, unsuccessful: 100 });
    expect(r.ofReceived).toMatchObject({ percent: 74.06, met: false });
    expect(r.ofConcluded).toMatchObject({ numerator: 631, denominator: 731, percent: 86.32, met: true });
    expect(r.kpiDefinition).toBe('of_received');
    expect(r.kpi).toBe(r.ofReceived);
    expect(successRateDefinitions.of_concluded.vi).toContain('thành + không thành');
  });
  it('meets 85% exactly (no rounding error) and misses it one case below', () => {
    expect(computeSuccessRate({ received: 100, successful: 85, unsuccessful: 15 }).kpi.met).toBe(true);
    expect(computeSuccessRate({ received: 20, successful: 17, unsuccessful: 3 }).kpi.met).toBe(true);
    expect(computeSuccessRate({ received: 100, successful: 84, unsuccessful: 16 }).kpi.met).toBe(false);
  });
  it('lets the caller choose of_concluded as the KPI', () => {
    const r = computeSuccessRate({ received: 10, successful: 6, unsuccessful: 1 }, { definition: 'of_concluded' });
    expect(r.kpi).toBe(r.ofConcluded);
    expect(r.kpi.met).toBe(true);
  });
  it('needs more than 90% in a central pilot commune: exactly 90% is not enough', () => {
    expect(
      computeSuccessRate({ received: 10, successful: 9, unsuccessful: 1 }, { centralPilotCommune: true }).kpi,
    ).toMatchObject({ thresholdPercent: 90, comparator: 'gt', met: false });
    expect(
      computeSuccessRate({ received: 100, successful: 91, unsuccessful: 9 }, { centralPilotCommune: true }).kpi.met,
    ).toBe(true);
  });
  it('has no data with zero cases, and refuses more results than cases received', () => {
    const r = computeSuccessRate({ received: 0, successful: 0, unsuccessful: 0 });
    expect([r.ofReceived.status, r.ofConcluded.status]).toEqual(['no_data', 'no_data']);
    expect(() => computeSuccessRate({ received: 5, successful: 4, unsuccessful: 2 })).toThrow(
      expect.objectContaining({ code: 'KPI.PART_EXCEEDS_TOTAL' }),
    );
  });
});

describe('evaluateDecision315Kpis', () => {
  const counts = {
    teams: 12,
    consolidatedTeams: 12,
    supportedTeams: 1,
    mediators: 60,
    mediatorsWithAccess: 60,
    mediatorsWithAccessAndUse: 50,
    cases: { received: 40, successful: 34, unsuccessful: 4 },
  };
  it('evaluates the four commune KPIs with the documented defaults', () => {
    const r = evaluateDecision315Kpis(counts);
    expect([
      r.teamsConsolidated.met,
      r.teamsWithLegalSupport.met,
      r.mediatorsWithMaterialAccess.met,
      r.successRate.kpi.met,
    ]).toEqual([true, false, false, true]);
    expect(r.metCount).toBe(2);
  });
  it('counts access alone when asked, and the other success definition', () => {
    const r = evaluateDecision315Kpis(counts, {
      materialAccessCounting: 'access',
      successRateDefinition: 'of_concluded',
    });
    expect(r.mediatorsWithMaterialAccess.met).toBe(true);
    expect(r.successRate.kpiDefinition).toBe('of_concluded');
  });
  it('refuses a missing count', () => {
    const { supportedTeams: _drop, ...missing } = counts;
    expect(() => evaluateDecision315Kpis(missing as never)).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
