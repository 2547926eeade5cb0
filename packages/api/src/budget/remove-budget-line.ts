/** Deletes a line of the commune's budget (a line entered by mistake); another commune's is "not found". */
import { deleteBudgetLine, withAudit } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export function removeBudgetLine(ctx: ScopedContext, id: string): Promise<{ id: string }> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const line = await deleteBudgetLine(tx, ctx.scope, id);
    if (!line) throw new DomainError('BUDGET.LINE_NOT_FOUND');
    await audit({
      action: 'budget.remove_line',
      objectType: 'budget_line',
      objectId: id,
      before: { year: line.year, kind: line.kind, unitAmountVnd: line.unitAmountVnd, quantity: line.quantity },
    });
    return { id };
  });
}
