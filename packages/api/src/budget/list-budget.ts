/**
 * A year's budget lines of the scope with the domain's summary (execution rate per source, category and task), and
 * the plan tasks a line may pay for.
 */
import { budgetLinesOfYear, planTasksForBudget, type Db } from '@hgcs/db';
import { summariseBudget, type AnyScope, type FundingSource, type SpendingCategory } from '@hgcs/domain';
import { lineView, type BudgetYearView } from './view.ts';

export async function listBudget(db: Db, scope: AnyScope, year: number): Promise<BudgetYearView> {
  const [rows, tasks] = await Promise.all([budgetLinesOfYear(db, scope, year), planTasksForBudget(db, scope)]);
  const lines = rows.map(lineView);
  const summary = summariseBudget(
    lines.map((l) => ({
      kind: l.kind,
      source: l.source as FundingSource,
      category: l.category as SpendingCategory,
      planTaskId: l.planTaskId,
      unitAmountVnd: l.unitAmountVnd,
      quantity: l.quantity,
    })),
  );
  return { year, lines, summary, tasks };
}
