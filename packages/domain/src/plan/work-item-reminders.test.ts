import { describe, expect, it } from 'vitest';
import { workItemReminders } from './work-item-reminders.ts';

describe('workItemReminders', () => {
  const items = [
    { id: 'a', dueDate: '2026-12-31', status: 'not_started' as const },
    { id: 'b', dueDate: '2026-11-30', status: 'in_progress' as const },
    { id: 'c', dueDate: '2026-11-01', status: 'not_started' as const },
    { id: 'd', dueDate: '2026-10-01', status: 'done' as const },
    { id: 'e', dueDate: '2026-10-01', status: 'cancelled' as const },
    { id: 'f', dueDate: '2026-12-11', status: 'in_progress' as const },
  ];
  it('lists overdue items first (most late first), then those due within 14 days (soonest first)', () => {
    expect(workItemReminders(items, '2026-11-27')).toEqual([
      { id: 'c', kind: 'overdue', days: 26 },
      { id: 'b', kind: 'due_soon', days: 3 },
      { id: 'f', kind: 'due_soon', days: 14 },
    ]);
  });
  it('counts the due day itself as not yet overdue, and day 15 as not yet due soon', () => {
    expect(workItemReminders([{ id: 'x', dueDate: '2026-11-27', status: 'in_progress' }], '2026-11-27')).toEqual([
      { id: 'x', kind: 'due_soon', days: 0 },
    ]);
    expect(workItemReminders([{ id: 'y', dueDate: '2026-12-12', status: 'in_progress' }], '2026-11-27')).toEqual([]);
  });
  it('never reminds of done or cancelled work', () => {
    expect(
      workItemReminders(
        items.filter((i) => i.status === 'done' || i.status === 'cancelled'),
        '2027-06-01',
      ),
    ).toEqual([]);
  });
});
