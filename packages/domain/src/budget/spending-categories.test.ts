import { describe, expect, it } from 'vitest';
import { spendingCategories, spendingCategoryCodes, spendingCategorySchema } from './spending-categories.ts';
import { spendingNorms } from './spending-norms.ts';
import { fundingSourceSchema, fundingSources } from './funding-sources.ts';

describe('Circular 56/2023/TT-BTC Art. 3 spending categories', () => {
  it('lists clauses 1–18 once each, in order, with Vietnamese and English labels', () => {
    expect(spendingCategories.map((c) => c.clause)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(new Set(spendingCategoryCodes).size).toBe(18);
    for (const c of spendingCategories) {
      expect(c.vi.length).toBeGreaterThan(5);
      expect(c.en.length).toBeGreaterThan(5);
      // a category without its own caps must say which regulation it follows
      if (!c.fixedNorms) expect(c.followsRegulation).toBeTruthy();
    }
  });
  it('marks as capped exactly the categories that have norms', () => {
    const withNorms = new Set(Object.values(spendingNorms).map((n) => n.category));
    for (const c of spendingCategories) expect(withNorms.has(c.code)).toBe(c.fixedNorms);
  });
  it('refuses an unknown category', () => {
    expect(spendingCategorySchema.safeParse('grassroots_mediation').success).toBe(true);
    expect(spendingCategorySchema.safeParse('party').success).toBe(false);
  });
});

describe('funding sources of the plan (section III)', () => {
  it('has the state budget, integrated programmes and lawful donations', () => {
    expect(fundingSources.map((s) => s.code)).toEqual(['state_budget', 'integrated_programmes', 'lawful_donations']);
    expect(fundingSourceSchema.safeParse('loan').success).toBe(false);
  });
});
