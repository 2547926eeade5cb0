/**
 * In-app reminders for work items: due within `daysBefore` days, or overdue (past the due date, not done or
 * cancelled). Pure: today is passed in.
 */
import { daysBetween } from '../calendar/date-math.ts';
import type { IsoDate } from '../calendar/iso-date.ts';

export type ReminderItem = {
  id: string;
  dueDate: IsoDate;
  status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
};
export type Reminder = { id: string; kind: 'due_soon' | 'overdue'; days: number };

/** The reminders for `items` on `today`, most urgent first; `days` is days left (due_soon) or days late (overdue). */
export function workItemReminders(
  items: readonly ReminderItem[],
  today: IsoDate,
  { daysBefore = 14 }: { daysBefore?: number } = {},
): Reminder[] {
  const reminders: Reminder[] = [];
  for (const item of items) {
    if (item.status === 'done' || item.status === 'cancelled') continue;
    const left = daysBetween(today, item.dueDate);
    if (left < 0) reminders.push({ id: item.id, kind: 'overdue', days: -left });
    else if (left <= daysBefore) reminders.push({ id: item.id, kind: 'due_soon', days: left });
  }
  return reminders.sort((a, b) =>
    a.kind === b.kind ? (a.kind === 'overdue' ? b.days - a.days : a.days - b.days) : a.kind === 'overdue' ? -1 : 1,
  );
}
