/** A work item is unfinished while it is neither done nor cancelled (overdue included): what the chairman reviews before signing a year off. */
import type { WorkItemStatus } from './work-item.ts';

export function isUnfinished(status: WorkItemStatus): boolean {
  return status !== 'done' && status !== 'cancelled';
}
