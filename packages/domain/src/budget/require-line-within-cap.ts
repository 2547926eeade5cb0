/**
 * Refuses a budget line that breaks Circular 56/2023/TT-BTC (R-FUND-2): its norm must belong to its spending category
 * (Art. 3), and its amount per unit must be within the province's amount or the circular's maximum on its day
 * (Art. 5.1). The refusal names the field to correct (`norm`, `unitAmountVnd`) and the cap with its source.
 */
import { DomainError } from '../errors/domain-error.ts';
import type { BudgetLine } from './budget-line-input.ts';
import { checkExpenseLines } from './check-expense-lines.ts';
import type { CapOptions } from './check-spending-cap.ts';

export function requireLineWithinCap(line: BudgetLine, options: CapOptions = {}): void {
  const { issues } = checkExpenseLines(
    [
      {
        id: line.clientKey,
        category: line.category,
        source: line.source,
        norm: line.norm,
        unitAmountVnd: line.unitAmountVnd,
        quantity: line.quantity,
        date: line.on ?? `${line.year}-01-01`,
      },
    ],
    options,
  );
  const [issue] = issues;
  if (!issue) return;
  if (issue.code === 'BUDGET.NORM_CATEGORY_MISMATCH')
    throw new DomainError('BUDGET.NORM_CATEGORY_MISMATCH', {
      field: 'norm',
      norm: String(issue.params.norm),
      expected: String(issue.params.expected),
      category: String(issue.params.category),
    });
  throw new DomainError('BUDGET.OVER_CAP', {
    field: 'unitAmountVnd',
    amount: Number(issue.params.amount),
    unit: String(issue.params.unit),
    cap: Number(issue.params.cap),
    source: String(issue.params.source),
  });
}
