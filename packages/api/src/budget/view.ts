/** What the console reads of the budget: a year's lines and its summary (planned, spent, execution rate). */
import type { BudgetSummary } from '@hgcs/domain';

export type BudgetLineView = {
  id: string;
  year: number;
  kind: 'planned' | 'spent';
  source: string;
  category: string;
  norm: string | null;
  unitAmountVnd: number;
  quantity: number;
  amountVnd: number;
  on: string | null;
  planTaskId: string | null;
  planTaskCode: string | null;
  description: string;
};

export type BudgetYearView = {
  year: number;
  lines: BudgetLineView[];
  summary: BudgetSummary;
  tasks: { id: string; code: string; content: string }[];
  /** Remuneration paid for cases in the year (counted in the summary's spent, clause 17, state budget). */
  remuneration: { paidVnd: number; cases: number };
  /** The norms the year's lines are checked against: the province's resolution in force on 1 January, or the circular. */
  norms: {
    source: 'province' | 'circular_56';
    resolution: string;
    effectiveFrom: string | null;
    caps: Partial<Record<string, number>>;
  };
};

export const lineView = <L extends Omit<BudgetLineView, 'amountVnd' | 'planTaskCode'>>(
  line: L & { planTaskCode?: string | null },
): BudgetLineView => ({
  id: line.id,
  year: line.year,
  kind: line.kind,
  source: line.source,
  category: line.category,
  norm: line.norm,
  unitAmountVnd: line.unitAmountVnd,
  quantity: line.quantity,
  amountVnd: line.unitAmountVnd * line.quantity,
  on: line.on,
  planTaskId: line.planTaskId,
  planTaskCode: line.planTaskCode ?? null,
  description: line.description,
});
