/** The lead agency records progress: status, %, responsible person, notes, due date (the domain normalizes the change). */
import type { WorkItemRow } from '@hgcs/db';
import { normalizeWorkItemChange, type WorkItemUpdateInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeItem } from './change-item.ts';

export function updateItem(ctx: ScopedContext, input: WorkItemUpdateInput) {
  const { id, version, ...change } = input;
  const audited = [...new Set(['status', 'progress', ...Object.keys(change)])] as (keyof WorkItemRow)[];
  return changeItem(ctx, {
    id,
    version,
    action: 'work_item.update',
    audited,
    patch: (item) => normalizeWorkItemChange(change, item.status),
  });
}
