import { describe, expect, it } from 'vitest';
import { decideAccidentSupport } from './decide-accident-support.ts';

describe('decideAccidentSupport (Law 35/2013 Art. 9.7, TT56 Art. 3.17, R-FUND-1)', () => {
  it('covers an injury while mediating: medical costs by health insurance, and lost income', () => {
    const r = decideAccidentSupport({
      circumstance: 'while_mediating',
      occurredOn: '2026-03-10',
      hasHealthInsurance: true,
    });
    expect(r.eligible).toBe(true);
    expect(r.items.map((i) => i.kind)).toEqual(['medical_costs', 'lost_income']);
    expect(r.items[0]).toMatchObject({ payer: 'health_insurance' });
  });
  it('has the budget pay medical costs at insurance level for an uninsured mediator', () => {
    expect(
      decideAccidentSupport({ circumstance: 'while_mediating', occurredOn: '2026-03-10', hasHealthInsurance: false })
        .items[0],
    ).toMatchObject({ payer: 'budget_at_health_insurance_level' });
  });
  it('adds funeral support of 5 base salaries in force on the day of death', () => {
    const before = decideAccidentSupport({
      circumstance: 'while_mediating',
      occurredOn: '2026-03-10',
      diedOn: '2026-03-12',
      hasHealthInsurance: true,
    });
    expect(before.items[2]).toMatchObject({ kind: 'funeral', capVnd: 11_700_000 });
    const after = decideAccidentSupport({
      circumstance: 'while_mediating',
      occurredOn: '2026-06-28',
      diedOn: '2026-07-02',
      hasHealthInsurance: true,
    });
    expect(after.items[2]).toMatchObject({ kind: 'funeral', capVnd: 12_650_000 });
  });
  it('covers the way to or from mediation only on a reasonable route and time', () => {
    expect(
      decideAccidentSupport({
        circumstance: 'travelling_to_or_from',
        reasonableRouteAndTime: true,
        occurredOn: '2026-03-10',
        hasHealthInsurance: true,
      }).eligible,
    ).toBe(true);
    const r = decideAccidentSupport({
      circumstance: 'travelling_to_or_from',
      reasonableRouteAndTime: false,
      occurredOn: '2026-03-10',
      hasHealthInsurance: true,
    });
    expect(r).toMatchObject({ eligible: false, items: [] });
    expect(r.issues.map((i) => i.code)).toEqual(['FUND.ACCIDENT_NOT_COVERED']);
    expect(
      decideAccidentSupport({ circumstance: 'other', occurredOn: '2026-03-10', hasHealthInsurance: true }).eligible,
    ).toBe(false);
  });
  it('refuses incomplete or contradictory facts', () => {
    const invalid = expect.objectContaining({ code: 'INPUT.INVALID' });
    expect(() =>
      decideAccidentSupport({
        circumstance: 'travelling_to_or_from',
        occurredOn: '2026-03-10',
        hasHealthInsurance: true,
      }),
    ).toThrow(invalid);
    expect(() =>
      decideAccidentSupport({
        circumstance: 'while_mediating',
        occurredOn: '2026-03-10',
        diedOn: '2026-03-09',
        hasHealthInsurance: true,
      }),
    ).toThrow(invalid);
  });
});
