/**
 * Dates a placeholder once its date is known: staff record the request (4a "Khi có yêu cầu") or enter the higher
 * plan's dates (7b "Theo Kế hoạch của Sở Tư pháp tỉnh", 8a "Sơ kết: Theo Kế hoạch của cấp trên") — [SEED] section II.
 */
import { splitIsoDate } from '../calendar/date-math.ts';
import { parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';
import { workItemOccurrenceSchema, type WorkItemOccurrence } from './work-item.ts';

/** The placeholder as a scheduled item due on `dueDate` (its year is the due date's year). */
export function scheduleWorkItem(placeholder: WorkItemOccurrence, dueDate: IsoDate): WorkItemOccurrence {
  const parsed = workItemOccurrenceSchema.safeParse(placeholder);
  if (!parsed.success)
    throw new DomainError('PLAN.INVALID_INPUT', { detail: parsed.error.issues.map((i) => i.message).join('; ') });
  const due = parseIsoDate(dueDate);
  if (parsed.data.kind === 'scheduled') throw new DomainError('PLAN.NOT_AWAITING', { taskCode: parsed.data.taskCode });
  return { ...parsed.data, year: splitIsoDate(due).year, dueDate: due, kind: 'scheduled' };
}
