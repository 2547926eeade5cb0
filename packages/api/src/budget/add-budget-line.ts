/**
 * Adds a line to the commune's budget once the domain has checked its cap (Circular 56/2023/TT-BTC Art. 3, 5.1) and
 * its plan task is the commune's — against the province's spending norms in force on the line's day, else the
 * circular's — ; a refusal names the field and nothing is written. A retry with the same form key
 * answers the line already added, and is not audited twice.
 */
import { insertBudgetLine, planTaskInScope, withAudit } from '@hgcs/db';
import { DomainError, requireLineWithinCap, type BudgetLine } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { spendingNormsOfCommune } from './spending-norms-of.ts';
import { lineView, type BudgetLineView } from './view.ts';

export async function addBudgetLine(
  ctx: ScopedContext,
  input: BudgetLine,
): Promise<BudgetLineView & { added: boolean }> {
  requireLineWithinCap(input, { provincialNormsHistory: await spendingNormsOfCommune(ctx.db, ctx.scope.communeId) });
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    if (input.planTaskId !== null && !(await planTaskInScope(tx, ctx.scope, input.planTaskId)))
      throw new DomainError('BUDGET.PLAN_TASK_NOT_FOUND', { field: 'planTaskId' });
    const { line, added } = await insertBudgetLine(tx, ctx.scope, {
      ...input,
      createdBy: ctx.user.userId,
      createdAt: ctx.now,
    });
    if (added)
      await audit({
        action: 'budget.add_line',
        objectType: 'budget_line',
        objectId: line.id,
        after: {
          year: line.year,
          kind: line.kind,
          source: line.source,
          category: line.category,
          norm: line.norm,
          unitAmountVnd: line.unitAmountVnd,
          quantity: line.quantity,
        },
      });
    return { ...lineView(line), added };
  });
}
