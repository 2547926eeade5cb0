/**
 * The year's budget as the commune reads it (issue 13, point 7): planned against spent, and the execution rate
 * (spent ÷ planned, Circular 56/2023/TT-BTC) in total, per funding source, per spending category and per plan task —
 * "no data" (null) where nothing was planned, never a division by zero.
 */
import type { BudgetLine } from './budget-line-input.ts';
import { computeExecutionRate, type ExecutionFigures, type ExecutionRate } from './compute-execution-rate.ts';

export type SummarisedLine = Pick<
  BudgetLine,
  'kind' | 'source' | 'category' | 'planTaskId' | 'unitAmountVnd' | 'quantity'
>;

export type BudgetSummary = ExecutionRate & {
  byTask: ({ planTaskId: string | null } & ExecutionFigures)[];
};

const execution = (lines: readonly SummarisedLine[]) => {
  const amount = (l: SummarisedLine) => ({
    category: l.category,
    source: l.source,
    amountVnd: l.unitAmountVnd * l.quantity,
  });
  return computeExecutionRate({
    allocations: lines.filter((l) => l.kind === 'planned').map(amount),
    expenditures: lines.filter((l) => l.kind === 'spent').map(amount),
  });
};

export function summariseBudget(lines: readonly SummarisedLine[]): BudgetSummary {
  const tasks = [...new Set(lines.map((l) => l.planTaskId))];
  return {
    ...execution(lines),
    byTask: tasks.map((planTaskId) => ({
      planTaskId,
      ...execution(lines.filter((l) => l.planTaskId === planTaskId)).total,
    })),
  };
}
