import { describe, expect, it } from 'vitest';
import { checkExpenseLines } from './check-expense-lines.ts';

describe('checkExpenseLines (R-FUND-2)', () => {
  it('passes lines within their caps and lines that follow another regulation', () => {
    const r = checkExpenseLines([
      {
        id: 'a',
        category: 'grassroots_mediation',
        source: 'state_budget',
        norm: 'mediator_remuneration',
        unitAmountVnd: 300_000,
        quantity: 4,
      },
      { id: 'b', category: 'training', source: 'integrated_programmes', unitAmountVnd: 12_345_678 },
    ]);
    expect(r).toEqual({ ok: true, issues: [] });
  });
  it('lists every broken line: over cap and norm of another category', () => {
    const r = checkExpenseLines([
      { id: 'over', category: 'contests', source: 'lawful_donations', norm: 'prize_other', unitAmountVnd: 800_000 },
      { id: 'wrong', category: 'training', source: 'state_budget', norm: 'leaflet', unitAmountVnd: 1 },
    ]);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.lineId, i.code])).toEqual([
      ['over', 'BUDGET.OVER_CAP'],
      ['wrong', 'BUDGET.NORM_CATEGORY_MISMATCH'],
    ]);
  });
  it('refuses a line without a category or source', () => {
    expect(() => checkExpenseLines([{ id: 'x', unitAmountVnd: 1 } as never])).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});
