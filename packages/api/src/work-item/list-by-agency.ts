/**
 * The commune's work grouped by lead agency, for those who oversee it: the dashboard's overdue and due-soon items
 * (every year), and a year's unfinished items that the chairman sees before signing that year off. One read.
 */
import { listAgencies, listWorkItems } from '@hgcs/db';
import { isUnfinished, workItemReminders, type CommuneLevelScope } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { toWorkItemView, type WorkItemView } from './view.ts';

type Line = {
  id: string;
  year: number;
  dueDate: string;
  status: WorkItemView['status'];
  progress: number;
  taskCode: string;
  content: string;
  days: number | null;
};
export type AgencyWork = { agencyCode: string; agencyName: string; items: Line[] };

const line = (v: WorkItemView, days: number | null): Line => ({
  id: v.id,
  year: v.year,
  dueDate: v.dueDate,
  status: v.status,
  progress: v.progress,
  taskCode: v.task.code,
  content: v.task.content,
  days,
});

/** Lines grouped by lead agency, in the commune's agency order; agencies with nothing are left out. */
async function groupByAgency(
  ctx: ScopedContext<CommuneLevelScope>,
  lines: { agencyCode: string; line: Line }[],
): Promise<AgencyWork[]> {
  const agencies = await listAgencies(ctx.db, ctx.scope);
  const known = agencies.map((a) => ({ code: a.code, name: a.name }));
  for (const { agencyCode } of lines)
    if (!known.some((a) => a.code === agencyCode)) known.push({ code: agencyCode, name: agencyCode });
  return known
    .map((a) => ({
      agencyCode: a.code,
      agencyName: a.name,
      items: lines.filter((l) => l.agencyCode === a.code).map((l) => l.line),
    }))
    .filter((a) => a.items.length > 0);
}

/** Overdue (most late first) and due within 14 days, over every year, per lead agency. */
export async function oversight(ctx: ScopedContext<CommuneLevelScope>, today: string) {
  const rows = await listWorkItems(ctx.db, ctx.scope);
  const views = new Map(rows.map((r) => [r.id, toWorkItemView(r, today)]));
  const reminders = workItemReminders(
    rows.map((r) => ({ id: r.id, dueDate: r.dueDate, status: r.status })),
    today,
  );
  const pick = (kind: 'overdue' | 'due_soon') =>
    groupByAgency(
      ctx,
      reminders
        .filter((r) => r.kind === kind)
        .map((r) => {
          const v = views.get(r.id)!;
          return { agencyCode: v.task.leadAgencyCode, line: line(v, r.days) };
        }),
    );
  const [overdue, dueSoon] = await Promise.all([pick('overdue'), pick('due_soon')]);
  return {
    today,
    overdue,
    dueSoon,
    counts: {
      overdue: overdue.reduce((n, a) => n + a.items.length, 0),
      dueSoon: dueSoon.reduce((n, a) => n + a.items.length, 0),
    },
  };
}

/** A year's items that are neither done nor cancelled (overdue ones first), per lead agency. */
export async function unfinishedInYear(ctx: ScopedContext<CommuneLevelScope>, today: string, year: number) {
  const rows = await listWorkItems(ctx.db, ctx.scope, { year });
  const open = rows
    .map((r) => toWorkItemView(r, today))
    .filter((v) => isUnfinished(v.status))
    .sort(
      (a, b) => Number(b.status === 'overdue') - Number(a.status === 'overdue') || a.dueDate.localeCompare(b.dueDate),
    );
  const agencies = await groupByAgency(
    ctx,
    open.map((v) => ({ agencyCode: v.task.leadAgencyCode, line: line(v, null) })),
  );
  return {
    year,
    agencies,
    counts: { unfinished: open.length, overdue: open.filter((v) => v.status === 'overdue').length },
  };
}
