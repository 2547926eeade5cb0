import { describe, expect, it } from 'vitest';
import { computeExecutionRate } from './compute-execution-rate.ts';

describe('computeExecutionRate', () => {
  it('computes spent ÷ allocated per category, per source and in total, in the circular order', () => {
    const r = computeExecutionRate({
      allocations: [
        { category: 'grassroots_mediation', source: 'state_budget', amountVnd: 10_000_000 },
        { category: 'training', source: 'state_budget', amountVnd: 5_000_000 },
        { category: 'contests', source: 'lawful_donations', amountVnd: 3_000_000 },
      ],
      expenditures: [
        { category: 'grassroots_mediation', source: 'state_budget', amountVnd: 8_500_000 },
        { category: 'contests', source: 'lawful_donations', amountVnd: 3_300_000 },
      ],
    });
    expect(r.total).toEqual({
      allocatedVnd: 18_000_000,
      spentVnd: 11_800_000,
      rate: 11_800_000 / 18_000_000,
      percent: 65.56,
      overspent: false,
    });
    expect(r.byCategory.map((c) => [c.category, c.percent, c.overspent])).toEqual([
      ['training', 0, false],
      ['contests', 110, true],
      ['grassroots_mediation', 85, false],
    ]);
    expect(r.bySource.map((s) => [s.source, s.spentVnd])).toEqual([
      ['state_budget', 8_500_000],
      ['lawful_donations', 3_300_000],
    ]);
  });
  it('gives rate null (no division by zero) where nothing was allocated', () => {
    expect(computeExecutionRate({ allocations: [], expenditures: [] }).total).toEqual({
      allocatedVnd: 0,
      spentVnd: 0,
      rate: null,
      percent: null,
      overspent: false,
    });
    const r = computeExecutionRate({
      allocations: [],
      expenditures: [{ category: 'other', source: 'state_budget', amountVnd: 1 }],
    });
    expect(r.byCategory[0]).toMatchObject({ category: 'other', rate: null, overspent: true });
  });
  it('refuses negative or fractional amounts', () => {
    expect(() =>
      computeExecutionRate({
        allocations: [{ category: 'other', source: 'state_budget', amountVnd: -5 }],
        expenditures: [],
      }),
    ).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
