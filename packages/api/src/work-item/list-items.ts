/** The work-item lists of the console: by view (all, mine, overdue, due soon) and the caller's reminders. */
import { listWorkItems } from '@hgcs/db';
import { workItemReminders } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { toWorkItemView } from './view.ts';

type View = 'all' | 'mine' | 'overdue' | 'due_soon';

/** Items of a year (or all years) in one view; "mine" = my agency leads or coordinates. */
export async function listItemsInView(
  { db, user, scope }: ScopedContext,
  today: string,
  { year, view }: { year?: number; view: View },
) {
  const rows = await listWorkItems(db, scope, {
    year,
    agencyCode: view === 'mine' ? (user.agencyCode ?? '-') : undefined,
  });
  const views = rows.map((r) => toWorkItemView(r, today));
  if (view === 'overdue') return views.filter((v) => v.status === 'overdue');
  if (view !== 'due_soon') return views;
  const soon = new Set(
    workItemReminders(
      views.map((v) => ({ id: v.id, dueDate: v.dueDate, status: v.storedStatus })),
      today,
    )
      .filter((r) => r.kind === 'due_soon')
      .map((r) => r.id),
  );
  return views.filter((v) => soon.has(v.id));
}

/** Reminders for the items the caller's agency leads: overdue first, then due within 14 days. */
export async function remindersFor({ db, user, scope }: ScopedContext, today: string) {
  const rows = await listWorkItems(db, scope, { leadAgencyCode: user.agencyCode ?? '-' });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return workItemReminders(
    rows.map((r) => ({ id: r.id, dueDate: r.dueDate, status: r.status })),
    today,
  ).map((r) => ({ ...r, item: toWorkItemView(byId.get(r.id)!, today) }));
}
