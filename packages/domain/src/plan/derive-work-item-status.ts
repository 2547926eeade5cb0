/**
 * The status to show today: an open item whose due date has passed is `overdue` (a period ends at 24:00 of its
 * last day — Civil Code 2015 Art. 148 — so an item due today is not yet overdue). `today` is a parameter: no clock.
 */
import { parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';
import { workItemSchema, type WorkItemInput, type WorkItemStatus } from './work-item.ts';

/** `done` and `cancelled` stay; an open item past its due date is `overdue`; otherwise its own status. */
export function deriveWorkItemStatus(item: WorkItemInput, today: IsoDate): WorkItemStatus {
  const parsed = workItemSchema.safeParse(item);
  if (!parsed.success)
    throw new DomainError('PLAN.INVALID_INPUT', { detail: parsed.error.issues.map((i) => i.message).join('; ') });
  const now = parseIsoDate(today);
  const { status, dueDate, percentComplete } = parsed.data;
  if (status === 'done' || status === 'cancelled') return status;
  if (dueDate !== null && now > dueDate) return 'overdue';
  if (status === 'overdue') return percentComplete !== null && percentComplete > 0 ? 'in_progress' : 'not_started';
  return status;
}
