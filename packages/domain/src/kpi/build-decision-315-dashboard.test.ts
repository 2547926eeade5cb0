import { describe, expect, it } from 'vitest';
import { buildDecision315Dashboard, decision315DashboardInputSchema } from './build-decision-315-dashboard.ts';

const team = (villageId: string, over: Partial<{ members: number; women: number; supported: boolean }> = {}) => ({
  villageId,
  villageEthnicMinorityArea: true,
  members: 3,
  women: 1,
  ethnicMinorityMembers: 1,
  leaders: 1,
  supported: false,
  ...over,
});

describe('buildDecision315Dashboard', () => {
  const d = buildDecision315Dashboard({
    year: 2026,
    villages: [
      { id: 'a', name: 'Làng A' },
      { id: 'b', name: 'Làng B' },
      { id: 'c', name: 'Làng C' },
    ],
    teams: [team('a', { supported: true }), team('b', { women: 0 })],
    mediators: [
      { villageId: 'a', mediators: 3, withAccess: 3, trained: 2 },
      { villageId: 'b', mediators: 3, withAccess: 0, trained: 0 },
    ],
    cases: [
      { villageId: 'a', status: 'performed', cases: 17 },
      { villageId: 'a', status: 'stopped_by_party', cases: 2 },
      { villageId: 'a', status: 'in_progress', cases: 1 },
      { villageId: 'a', status: 'out_of_scope', cases: 4 },
      { villageId: null, status: 'unsuccessful', cases: 1 },
    ],
    trainers: 0,
  });
  const of = (rows: { id: string }[], id: string) => rows.find((r) => r.id === id);
  it('evaluates the commune: out-of-scope requests are not received, a stop by a party is unsuccessful', () => {
    expect(of(d.commune, 'success_rate_of_received')).toMatchObject({
      numerator: 17,
      denominator: 21,
      status: 'not_met',
    });
    expect(of(d.commune, 'success_rate_of_concluded')).toMatchObject({ numerator: 17, denominator: 20, status: 'met' });
    expect(of(d.commune, 'teams_consolidated')).toMatchObject({ numerator: 1, denominator: 2, status: 'not_met' });
    expect(of(d.commune, 'teams_with_legal_support')).toMatchObject({ percent: 50, status: 'met' });
    expect(of(d.commune, 'mediators_with_material_access')).toMatchObject({ numerator: 3, denominator: 6 });
    expect(of(d.commune, 'mediators_trained')).toMatchObject({ percent: 33.33, target: null, status: 'no_target' });
    expect(of(d.commune, 'provincial_trainer_coverage')).toMatchObject({ target: 1, status: 'not_met' });
  });
  it('gives a village with nothing recorded no data, never 0 %', () => {
    const c = d.villages.find((v) => v.id === 'c')!;
    expect(c.indicators.every((i) => i.status === 'no_data' && i.percent === null)).toBe(true);
    const b = d.villages.find((v) => v.id === 'b')!;
    expect(of(b.indicators, 'success_rate_of_received')).toMatchObject({ status: 'no_data', percent: null });
    expect(of(b.indicators, 'teams_consolidated')).toMatchObject({ percent: 0, status: 'not_met' });
  });
  it('accepts the phase’s years only', () => {
    expect(decision315DashboardInputSchema.safeParse({ year: 2023 }).success).toBe(false);
    expect(decision315DashboardInputSchema.safeParse({ year: 2031 }).success).toBe(false);
    expect(decision315DashboardInputSchema.safeParse({ year: 2030, communeCode: '24013' }).success).toBe(true);
    expect(decision315DashboardInputSchema.safeParse({ year: 2026, communeCode: 'x' }).success).toBe(false);
  });
});
