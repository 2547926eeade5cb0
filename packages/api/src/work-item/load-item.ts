/**
 * Loads a work item of the caller's commune with the caller's rights on it (domain `workItemRights`, with the
 * year's sign-off lock). Another commune's item is "not found".
 */
import { getWorkItem, isYearSigned, lockPlanYear, type Tx, type WorkItemWithTask } from '@hgcs/db';
import { DomainError, workItemRights, type CommuneLevelScope, type WorkItemRights } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';

export async function loadItem(
  { db, user, scope }: ScopedContext,
  id: string,
): Promise<{ item: WorkItemWithTask; rights: WorkItemRights }> {
  const item = await getWorkItem(db, scope, id);
  if (!item) throw new DomainError('RESOURCE.NOT_FOUND');
  const locked = await isYearSigned(db, scope, item.planId, item.year);
  const rights = workItemRights(
    user,
    { leadAgency: item.leadAgencyCode, coordinatingAgencies: item.coordinatingAgencyCodes },
    locked,
  );
  return { item, rights };
}

/** Throws unless the caller may update the item. */
export function assertCanUpdate(item: WorkItemWithTask, rights: WorkItemRights): void {
  if (rights.locked) throw new DomainError('WORK_ITEM.LOCKED', { year: item.year });
  if (!rights.update) throw new DomainError('WORK_ITEM.NOT_LEAD', { taskCode: item.taskCode });
}

/** Throws unless the caller may comment on or attach evidence to the item. */
export function assertCanContribute(item: WorkItemWithTask, rights: WorkItemRights): void {
  if (rights.locked) throw new DomainError('WORK_ITEM.LOCKED', { year: item.year });
  if (!rights.comment) throw new DomainError('WORK_ITEM.NOT_PARTNER', { taskCode: item.taskCode });
}

/**
 * Inside the transaction that changes the item: takes its year's lock (shared) and refuses the change when the year
 * was signed off meanwhile. The check before the transaction gives early answers; this one is the guarantee.
 */
export async function assertYearOpen(tx: Tx, scope: CommuneLevelScope, item: WorkItemWithTask): Promise<void> {
  await lockPlanYear(tx, scope.communeId, item.planId, item.year, 'shared');
  if (await isYearSigned(tx, scope, item.planId, item.year))
    throw new DomainError('WORK_ITEM.LOCKED', { year: item.year });
}
