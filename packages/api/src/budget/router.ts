/**
 * The commune's budget for the plan (Circular 56/2023/TT-BTC): a year's lines with planned against spent and the
 * execution rate; adding a line (its cap checked by the domain) and deleting one are the budget officer's.
 */
import { budgetLineIdSchema, budgetLineSchema, budgetYearSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { addBudgetLine } from './add-budget-line.ts';
import { listBudget } from './list-budget.ts';
import { removeBudgetLine } from './remove-budget-line.ts';

export const budgetRouter = {
  year: can('budget.read')
    .input(budgetYearSchema)
    .query(({ ctx, input }) => listBudget(ctx.db, ctx.scope, input.year)),
  addLine: can('budget.manage')
    .input(budgetLineSchema)
    .mutation(({ ctx, input }) => addBudgetLine(ctx, input)),
  removeLine: can('budget.manage')
    .input(budgetLineIdSchema)
    .mutation(({ ctx, input }) => removeBudgetLine(ctx, input.id)),
};
