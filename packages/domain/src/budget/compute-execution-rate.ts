/**
 * Budget execution (tỷ lệ giải ngân): spent ÷ allocated, per spending category of Circular 56/2023/TT-BTC Art. 3,
 * per funding source (plan section III) and in total. No allocation → rate null (never a division by zero).
 */
import { z } from 'zod';
import { fundingSourceSchema, fundingSources, type FundingSource } from './funding-sources.ts';
import { parseInput, vndSchema } from './input.ts';
import { spendingCategoryCodes, spendingCategorySchema, type SpendingCategory } from './spending-categories.ts';

/** An allocated (dự toán) or spent (thực chi) amount, tagged by category and source. */
export const budgetAmountSchema = z
  .object({
    category: spendingCategorySchema,
    source: fundingSourceSchema,
    amountVnd: vndSchema,
  })
  .strict();
export type BudgetAmount = z.infer<typeof budgetAmountSchema>;

export const executionInputSchema = z
  .object({
    allocations: z.array(budgetAmountSchema),
    expenditures: z.array(budgetAmountSchema),
  })
  .strict();
export type ExecutionInput = z.infer<typeof executionInputSchema>;

/** Allocated, spent, rate (0–1+, null when nothing was allocated), percent (2 decimals) and overspending. */
export type ExecutionFigures = {
  allocatedVnd: number;
  spentVnd: number;
  rate: number | null;
  percent: number | null;
  overspent: boolean;
};

export type ExecutionRate = {
  total: ExecutionFigures;
  byCategory: ({ category: SpendingCategory } & ExecutionFigures)[];
  bySource: ({ source: FundingSource } & ExecutionFigures)[];
};

function figures(allocatedVnd: number, spentVnd: number): ExecutionFigures {
  const rate = allocatedVnd === 0 ? null : spentVnd / allocatedVnd;
  return {
    allocatedVnd,
    spentVnd,
    rate,
    percent: rate === null ? null : Math.round(rate * 10_000) / 100,
    overspent: spentVnd > allocatedVnd,
  };
}

function group<K extends string>(input: ExecutionInput, key: (a: BudgetAmount) => K): Map<K, [number, number]> {
  const sums = new Map<K, [number, number]>();
  for (const a of input.allocations) {
    const s = sums.get(key(a)) ?? [0, 0];
    s[0] += a.amountVnd;
    sums.set(key(a), s);
  }
  for (const e of input.expenditures) {
    const s = sums.get(key(e)) ?? [0, 0];
    s[1] += e.amountVnd;
    sums.set(key(e), s);
  }
  return sums;
}

/** Spent ÷ allocated per category, per source and in total — plan task 4b (budget), Circular 56/2023/TT-BTC Art. 3–4. */
export function computeExecutionRate(input: ExecutionInput): ExecutionRate {
  const data = parseInput(executionInputSchema, input);
  const categories = group(data, (a) => a.category);
  const sources = group(data, (a) => a.source);
  const byCategory = spendingCategoryCodes.flatMap((category) => {
    const s = categories.get(category);
    return s ? [{ category, ...figures(s[0], s[1]) }] : [];
  });
  const bySource = fundingSources.flatMap(({ code: source }) => {
    const s = sources.get(source);
    return s ? [{ source, ...figures(s[0], s[1]) }] : [];
  });
  const sum = (xs: BudgetAmount[]) => xs.reduce((t, x) => t + x.amountVnd, 0);
  return { total: figures(sum(data.allocations), sum(data.expenditures)), byCategory, bySource };
}
