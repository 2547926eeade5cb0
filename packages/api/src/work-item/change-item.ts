/**
 * Changes a work item for its lead agency: rights and the year's lock checked (again inside the transaction), the patch applied at the version the
 * caller read (optimistic lock), and the audit row written in the same transaction. Update and cancel both go here.
 */
import { updateWorkItem, withAudit, type WorkItemPatch, type WorkItemRow, type WorkItemWithTask } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { assertCanUpdate, assertYearOpen, loadItem } from './load-item.ts';

type Change = {
  id: string;
  version: number;
  action: string;
  /** The patch, given the item as it stands (a cancelled item is restored differently). */
  patch: (item: WorkItemWithTask) => WorkItemPatch;
  /** The fields the audit row keeps before and after. */
  audited: readonly (keyof WorkItemRow)[];
};

export async function changeItem(ctx: ScopedContext, change: Change): Promise<{ id: string; version: number }> {
  const { item, rights } = await loadItem(ctx, change.id);
  assertCanUpdate(item, rights);
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    await assertYearOpen(tx, ctx.scope, item);
    const result = await updateWorkItem(tx, ctx.scope, change.id, change.version, change.patch(item));
    if (result === 'not_found') throw new DomainError('RESOURCE.NOT_FOUND');
    if (result === 'conflict') throw new DomainError('WORK_ITEM.STALE');
    const keep = (row: WorkItemRow) => Object.fromEntries(change.audited.map((k) => [k, row[k]]));
    await audit({
      action: change.action,
      objectType: 'work_item',
      objectId: change.id,
      before: keep(result.before),
      after: keep(result.after),
    });
    return { id: change.id, version: result.after.version };
  });
}
