/**
 * A year's budget lines of the scope with the domain's summary (execution rate per source, category and task), and
 * the plan tasks a line may pay for. The remuneration paid for cases that year (recorded claims, issue 11) is counted
 * as spent under Circular 56/2023/TT-BTC Art. 3 clause 17 (grassroots mediation) from the state budget (Decree
 * 15/2014 Art. 13–14: the commune pays it), with no plan task. The norms the lines are checked against (the province's in force, or the circular's) are named.
 */
import { budgetLinesOfYear, planTasksForBudget, remunerationPaidInYear, type Db } from '@hgcs/db';
import { summariseBudget, type AnyScope, type FundingSource, type SpendingCategory } from '@hgcs/domain';
import { normsInForceFor, spendingNormsOfCommune } from './spending-norms-of.ts';
import { lineView, type BudgetYearView } from './view.ts';

export async function listBudget(db: Db, scope: AnyScope, year: number): Promise<BudgetYearView> {
  const [rows, tasks, remuneration, history] = await Promise.all([
    budgetLinesOfYear(db, scope, year),
    planTasksForBudget(db, scope),
    remunerationPaidInYear(db, scope, year),
    'communeId' in scope ? spendingNormsOfCommune(db, scope.communeId) : Promise.resolve([]),
  ]);
  const lines = rows.map(lineView);
  const paid =
    remuneration.paidVnd > 0
      ? [
          {
            kind: 'spent' as const,
            source: 'state_budget' as const,
            category: 'grassroots_mediation' as const,
            planTaskId: null,
            unitAmountVnd: remuneration.paidVnd,
            quantity: 1,
          },
        ]
      : [];
  const summary = summariseBudget([
    ...paid,
    ...lines.map((l) => ({
      kind: l.kind,
      source: l.source as FundingSource,
      category: l.category as SpendingCategory,
      planTaskId: l.planTaskId,
      unitAmountVnd: l.unitAmountVnd,
      quantity: l.quantity,
    })),
  ]);
  return { year, lines, summary, tasks, remuneration, norms: normsInForceFor(history, year) };
}
