/**
 * Checks budget lines (R-FUND-2): every line carries a spending category of Circular 56/2023/TT-BTC Art. 3, a norm
 * (when one applies) of that same category, and an amount per unit within the provincial amount or the circular's cap.
 */
import { z } from 'zod';
import { checkSpendingCap, type CapOptions } from './check-spending-cap.ts';
import { fundingSourceSchema } from './funding-sources.ts';
import { isoDateSchema, parseInput, vndSchema } from './input.ts';
import { ruleIssue, type RuleIssue } from './issue.ts';
import { spendingCategorySchema } from './spending-categories.ts';
import { spendingNormIdSchema, spendingNorms } from './spending-norms.ts';

/** A planned or actual expense line. `norm` is null for items whose amount follows another regulation. */
export const expenseLineSchema = z
  .object({
    id: z.string().min(1).max(100),
    category: spendingCategorySchema,
    source: fundingSourceSchema,
    norm: spendingNormIdSchema.nullable().default(null),
    unitAmountVnd: vndSchema,
    quantity: z.number().int().positive().default(1),
    date: isoDateSchema.optional(),
  })
  .strict();
export type ExpenseLine = z.input<typeof expenseLineSchema>;

/** Every unmet rule of every line (empty = all lines pass) — Circular 56/2023/TT-BTC Art. 3 and 5.1. */
export function checkExpenseLines(
  lines: readonly ExpenseLine[],
  options: CapOptions = {},
): { ok: boolean; issues: (RuleIssue & { lineId: string })[] } {
  const parsed = parseInput(z.array(expenseLineSchema), lines);
  const issues: (RuleIssue & { lineId: string })[] = [];
  for (const line of parsed) {
    if (line.norm === null) continue;
    const expected = spendingNorms[line.norm].category;
    if (expected !== line.category) {
      issues.push({
        lineId: line.id,
        ...ruleIssue('BUDGET.NORM_CATEGORY_MISMATCH', { norm: line.norm, expected, category: line.category }),
      });
      continue;
    }
    const check = checkSpendingCap(
      { norm: line.norm, unitAmountVnd: line.unitAmountVnd, quantity: line.quantity, date: line.date },
      options,
    );
    if (!check.withinCap) {
      issues.push({
        lineId: line.id,
        ...ruleIssue('BUDGET.OVER_CAP', {
          amount: check.unitAmountVnd,
          cap: check.capVnd,
          unit: spendingNorms[line.norm].unitVi,
          source: check.capReference,
        }),
      });
    }
  }
  return { ok: issues.length === 0, issues };
}
