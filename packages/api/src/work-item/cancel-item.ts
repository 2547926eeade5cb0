/** The lead agency cancels a work item, with a reason: it leaves the progress denominator. */
import type { WorkItemCancelInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeItem } from './change-item.ts';

export function cancelItem(ctx: ScopedContext, input: WorkItemCancelInput) {
  return changeItem(ctx, {
    id: input.id,
    version: input.version,
    action: 'work_item.cancel',
    audited: ['status', 'cancelReason'],
    patch: () => ({ status: 'cancelled', cancelReason: input.reason }),
  });
}
