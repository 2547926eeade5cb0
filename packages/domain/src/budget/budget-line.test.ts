/**
 * A budget line (issue 13, point 7): the form's rules (a spent line has its day, in its year; amounts positive
 * whole đồng), the cap of Circular 56/2023/TT-BTC checked on every line with the field to correct, and the year's
 * summary with the execution rate per source, category and plan task ("no data" where nothing was planned).
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { budgetLineSchema, type BudgetLineInput } from './budget-line-input.ts';
import { requireLineWithinCap } from './require-line-within-cap.ts';
import { summariseBudget } from './summarise-budget.ts';

const line = (patch: Partial<BudgetLineInput> = {}): BudgetLineInput => ({
  clientKey: '00000000-0000-4000-8000-000000000001',
  year: 2026,
  kind: 'spent',
  source: 'state_budget',
  category: 'special_materials',
  norm: 'leaflet',
  unitAmountVnd: 1_200_000,
  quantity: 2,
  on: '2026-05-04',
  description: 'Tờ gấp về hòa giải ở cơ sở',
  ...patch,
});
const fieldsOf = (input: BudgetLineInput) => {
  const r = budgetLineSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};
const refusal = (f: () => void) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, params: e.params };
    throw e;
  }
  return null;
};

describe('a budget line’s form', () => {
  it('accepts a spent line with its day, and a planned line without one', () => {
    expect(fieldsOf(line())).toEqual({});
    expect(fieldsOf(line({ kind: 'planned', on: null }))).toEqual({});
  });
  it('refuses a spent line without its day, or a day outside the line’s year, naming the field', () => {
    expect(fieldsOf(line({ on: null }))).toEqual({ on: 'field.BUDGET_SPENT_DATE' });
    expect(fieldsOf(line({ on: '2025-12-31' }))).toEqual({ on: 'field.BUDGET_DATE_IN_YEAR' });
  });
  it('refuses negative, zero, fractional or impossible amounts and years outside the plan', () => {
    expect(fieldsOf(line({ unitAmountVnd: -5 }))).toEqual({ unitAmountVnd: 'field.AMOUNT_POSITIVE' });
    expect(fieldsOf(line({ unitAmountVnd: 0 }))).toEqual({ unitAmountVnd: 'field.AMOUNT_POSITIVE' });
    expect(fieldsOf(line({ unitAmountVnd: 10.5 }))).toEqual({ unitAmountVnd: 'field.AMOUNT' });
    expect(fieldsOf(line({ quantity: 0 }))).toEqual({ quantity: 'field.QUANTITY' });
    expect(fieldsOf(line({ year: 2031, on: null, kind: 'planned' }))).toEqual({ year: 'field.BUDGET_YEAR_RANGE' });
    expect(fieldsOf(line({ description: 'x' }))).toEqual({ description: 'field.BUDGET_DESCRIPTION' });
  });
});

describe('the cap checked on every line (Circular 56/2023/TT-BTC Art. 3, 5.1)', () => {
  const parsed = (patch: Partial<BudgetLineInput> = {}) => budgetLineSchema.parse(line(patch));
  it('lets an amount at the cap through, and refuses one đồng above it beside the amount', () => {
    expect(refusal(() => requireLineWithinCap(parsed({ unitAmountVnd: 1_500_000 })))).toBeNull();
    expect(refusal(() => requireLineWithinCap(parsed({ unitAmountVnd: 1_500_001 })))).toEqual({
      code: 'BUDGET.OVER_CAP',
      params: expect.objectContaining({ field: 'unitAmountVnd', amount: 1_500_001, cap: 1_500_000, unit: 'tờ gấp' }),
    });
  });
  it('uses the province’s amount where it has set one', () => {
    const provincialNorms = { resolution: 'NQ 01/2025', effectiveFrom: '2025-01-01', caps: { leaflet: 1_000_000 } };
    expect(
      refusal(() => requireLineWithinCap(parsed({ unitAmountVnd: 1_200_000 }), { provincialNorms })),
    ).toMatchObject({ code: 'BUDGET.OVER_CAP', params: { cap: 1_000_000 } });
  });
  it('refuses a norm of another category beside the norm', () => {
    expect(refusal(() => requireLineWithinCap(parsed({ category: 'training' })))).toMatchObject({
      code: 'BUDGET.NORM_CATEGORY_MISMATCH',
      params: { field: 'norm', expected: 'special_materials', category: 'training' },
    });
  });
  it('has no cap to check where the category follows another regulation', () => {
    expect(
      refusal(() => requireLineWithinCap(parsed({ category: 'training', norm: null, unitAmountVnd: 9e9 }))),
    ).toBeNull();
  });
});

describe('the year’s summary', () => {
  const task = '00000000-0000-4000-8000-0000000000aa';
  const lines = [
    {
      kind: 'planned',
      source: 'state_budget',
      category: 'training',
      planTaskId: task,
      unitAmountVnd: 10_000_000,
      quantity: 1,
    },
    {
      kind: 'spent',
      source: 'state_budget',
      category: 'training',
      planTaskId: task,
      unitAmountVnd: 2_500_000,
      quantity: 3,
    },
    {
      kind: 'spent',
      source: 'lawful_donations',
      category: 'rewards',
      planTaskId: null,
      unitAmountVnd: 500_000,
      quantity: 2,
    },
  ] as const;
  it('gives planned, spent and the rate in total, per source, per category and per task', () => {
    const s = summariseBudget(lines);
    expect(s.total).toMatchObject({ allocatedVnd: 10_000_000, spentVnd: 8_500_000, percent: 85 });
    expect(s.bySource.find((x) => x.source === 'state_budget')).toMatchObject({ percent: 75, overspent: false });
    expect(s.byTask.find((x) => x.planTaskId === task)).toMatchObject({ allocatedVnd: 10_000_000, percent: 75 });
  });
  it('says "no data" (null), never 0 % or a division by zero, where nothing was planned', () => {
    const s = summariseBudget(lines);
    expect(s.bySource.find((x) => x.source === 'lawful_donations')).toMatchObject({
      rate: null,
      percent: null,
      overspent: true,
    });
    expect(s.byTask.find((x) => x.planTaskId === null)).toMatchObject({ spentVnd: 1_000_000, percent: null });
    expect(summariseBudget([]).total).toMatchObject({ allocatedVnd: 0, spentVnd: 0, rate: null });
  });
});
