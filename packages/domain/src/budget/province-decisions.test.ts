import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { checkSpendingCap } from './check-spending-cap.ts';
import {
  normsAboveCircular,
  provinceRemunerationSchema,
  provinceSpendingNormsSchema,
  remunerationNormsOf,
  spendingNormsOf,
} from './province-decisions.ts';
import { provincialNormsInForce } from './provincial-norms.ts';

const decision = (over: Record<string, unknown> = {}) =>
  provinceRemunerationSchema.parse({
    resolution: 'Nghị quyết 1/2026/NQ-HĐND',
    effectiveFrom: '2026-03-01',
    successfulVnd: 350_000,
    otherVnd: 250_000,
    ...over,
  });

describe('the province’s remuneration amounts', () => {
  it('become provincial norms for the two per-case items, and the team item when given', () => {
    expect(remunerationNormsOf(decision()).caps).toEqual({
      mediator_remuneration_successful: 350_000,
      mediator_remuneration: 250_000,
    });
    expect(remunerationNormsOf(decision({ teamMonthlyVnd: 150_000 })).caps.team_operations_support).toBe(150_000);
  });
  it('refuses an amount above the circular’s maximum, naming the field and the article', () => {
    const refusal = (() => {
      try {
        remunerationNormsOf(decision({ successfulVnd: 400_001 }));
      } catch (e) {
        return e;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe('BUDGET.PROVINCE_AMOUNT_ABOVE_CIRCULAR');
    expect((refusal as DomainError).params).toMatchObject({
      field: 'successfulVnd',
      cap: 400_000,
      source: 'Thông tư 56/2023/TT-BTC Art. 3.17.a',
    });
    expect(() => remunerationNormsOf(decision({ successfulVnd: 400_000, otherVnd: 300_000 }))).not.toThrow();
    expect(() => remunerationNormsOf(decision({ teamMonthlyVnd: 150_001 }))).toThrow(DomainError);
  });
  it('refuses zero or negative amounts at the schema', () => {
    expect(provinceRemunerationSchema.safeParse({ ...decision(), otherVnd: 0 }).success).toBe(false);
  });
});

describe('the province’s spending norms', () => {
  it('apply from 1 January of their year; an amount above the circular is flagged, not refused', () => {
    const n = spendingNormsOf(
      provinceSpendingNormsSchema.parse({ resolution: 'NQ 2/2027', year: 2027, caps: { leaflet: 1_000_000 } }),
    );
    expect(n.effectiveFrom).toBe('2027-01-01');
    expect(normsAboveCircular(n)).toEqual([]);
    const generous = spendingNormsOf(
      provinceSpendingNormsSchema.parse({
        resolution: 'NQ 2/2027',
        year: 2027,
        caps: { leaflet: 1_500_001, prize_other: 750_000 },
      }),
    );
    expect(normsAboveCircular(generous)).toEqual(['leaflet']);
    expect(provinceSpendingNormsSchema.safeParse({ resolution: 'NQ 2/2027', year: 2027, caps: {} }).success).toBe(
      false,
    );
  });
});

describe('the resolution in force', () => {
  const a = { resolution: 'NQ A', effectiveFrom: '2026-01-01', caps: { leaflet: 1_000_000 } };
  const b = { resolution: 'NQ B', effectiveFrom: '2027-01-01', caps: { leaflet: 1_200_000 } };
  it('is the latest one started on or before the day; none before the first or without a day', () => {
    expect(provincialNormsInForce([b, a], '2026-12-31')?.resolution).toBe('NQ A');
    expect(provincialNormsInForce([b, a], '2027-01-01')?.resolution).toBe('NQ B');
    expect(provincialNormsInForce([b, a], '2025-12-31')).toBeNull();
    expect(provincialNormsInForce([b, a], undefined)).toBeNull();
  });
  it('sets the cap of a budget amount by its day, and an item it does not set keeps the circular’s', () => {
    const options = { provincialNormsHistory: [a, b] };
    expect(checkSpendingCap({ norm: 'leaflet', unitAmountVnd: 1_100_000, date: '2026-06-01' }, options)).toMatchObject({
      withinCap: false,
      capVnd: 1_000_000,
      capReference: 'NQ A',
    });
    expect(checkSpendingCap({ norm: 'leaflet', unitAmountVnd: 1_100_000, date: '2027-06-01' }, options)).toMatchObject({
      withinCap: true,
      capReference: 'NQ B',
    });
    expect(checkSpendingCap({ norm: 'prize_other', unitAmountVnd: 1, date: '2027-06-01' }, options).capSource).toBe(
      'circular_56',
    );
  });
});
