import { describe, expect, it } from 'vitest';
import { assertWithinSpendingCap, checkSpendingCap } from './check-spending-cap.ts';

const gialai = {
  resolution: 'Nghị quyết (thử) tỉnh Gia Lai',
  effectiveFrom: '2025-01-01',
  caps: { mediator_remuneration: 250_000, prize_first_team: 20_000_000 },
};

describe('checkSpendingCap (Circular 56/2023/TT-BTC Art. 3, 5.1)', () => {
  it('accepts an amount exactly at the cap and refuses one đồng above', () => {
    expect(checkSpendingCap({ norm: 'mediator_remuneration_successful', unitAmountVnd: 400_000 })).toMatchObject({
      withinCap: true,
      capVnd: 400_000,
      capSource: 'circular_56',
      excessPerUnitVnd: 0,
    });
    expect(checkSpendingCap({ norm: 'mediator_remuneration_successful', unitAmountVnd: 400_001 })).toMatchObject({
      withinCap: false,
      excessPerUnitVnd: 1,
    });
  });
  it('checks the cap per unit and totals by quantity (team support per team and month)', () => {
    const c = checkSpendingCap({ norm: 'team_operations_support', unitAmountVnd: 150_000, quantity: 12 });
    expect(c).toMatchObject({
      withinCap: true,
      totalVnd: 1_800_000,
      capReference: 'Thông tư 56/2023/TT-BTC Art. 3.17.đ',
    });
  });
  it('lets a provincial amount replace the national cap, downwards and upwards (flagged)', () => {
    expect(
      checkSpendingCap(
        { norm: 'mediator_remuneration', unitAmountVnd: 300_000, date: '2025-03-01' },
        { provincialNorms: gialai },
      ),
    ).toMatchObject({
      withinCap: false,
      capVnd: 250_000,
      capSource: 'province',
      capReference: gialai.resolution,
      provinceAboveNational: false,
    });
    expect(
      checkSpendingCap({ norm: 'prize_first_team', unitAmountVnd: 18_000_000 }, { provincialNorms: gialai }),
    ).toMatchObject({ withinCap: true, provinceAboveNational: true });
  });
  it('keeps the national cap for norms the province did not set, and before the resolution is in force', () => {
    expect(checkSpendingCap({ norm: 'leaflet', unitAmountVnd: 1_500_000 }, { provincialNorms: gialai })).toMatchObject({
      capSource: 'circular_56',
      withinCap: true,
    });
    expect(
      checkSpendingCap(
        { norm: 'mediator_remuneration', unitAmountVnd: 300_000, date: '2024-12-31' },
        { provincialNorms: gialai },
      ),
    ).toMatchObject({ capSource: 'circular_56', withinCap: true });
  });
  it('computes funeral support as 5 months of the base salary on the date', () => {
    expect(
      checkSpendingCap({ norm: 'mediator_funeral_support', unitAmountVnd: 11_700_000, date: '2025-05-01' }),
    ).toMatchObject({ capVnd: 11_700_000, withinCap: true });
    expect(
      checkSpendingCap({ norm: 'mediator_funeral_support', unitAmountVnd: 11_700_001, date: '2025-05-01' }).withinCap,
    ).toBe(false);
  });
  it('needs a date for a base-salary norm', () => {
    expect(() => checkSpendingCap({ norm: 'mediator_funeral_support', unitAmountVnd: 1 })).toThrow(
      expect.objectContaining({ code: 'BUDGET.DATE_REQUIRED' }),
    );
  });
  it('refuses bad input: fractional or negative money, unknown norm, zero quantity', () => {
    for (const bad of [
      { norm: 'leaflet', unitAmountVnd: 1.5 },
      { norm: 'leaflet', unitAmountVnd: -1 },
      { norm: 'nope', unitAmountVnd: 1 },
      { norm: 'leaflet', unitAmountVnd: 1, quantity: 0 },
    ]) {
      expect(() => checkSpendingCap(bad as never)).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
    }
  });
});

describe('assertWithinSpendingCap', () => {
  it('returns the check at the cap and throws BUDGET.OVER_CAP above it, with the amount and the cap', () => {
    expect(assertWithinSpendingCap({ norm: 'prize_first_individual', unitAmountVnd: 9_000_000 }).withinCap).toBe(true);
    expect(() => assertWithinSpendingCap({ norm: 'prize_first_individual', unitAmountVnd: 9_000_001 })).toThrow(
      expect.objectContaining({
        code: 'BUDGET.OVER_CAP',
        params: expect.objectContaining({ amount: 9_000_001, cap: 9_000_000 }),
      }),
    );
  });
});
