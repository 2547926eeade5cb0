/**
 * Progress of the plan from its work items: the domain roll-up (item → task → group → plan, weighted, cancelled
 * items left out) for one year or all years, and the years × tasks timeline.
 */
import { listWorkItems, type Db, type PlanTree } from '@hgcs/db';
import { readPlanTree } from '../cache/commune-reference.ts';
import {
  deriveWorkItemStatus,
  planYears,
  rollUpProgress,
  type CommuneLevelScope,
  type WorkItemInput,
} from '@hgcs/domain';
import { treeToPlan } from '../plan/tree-to-plan.ts';

type Tree = PlanTree;

/** Work items as the domain's roll-up reads them (overdue derived from today). */
export function toDomainItems(rows: Awaited<ReturnType<typeof listWorkItems>>, today: string): WorkItemInput[] {
  return rows.map((r) => {
    const item: WorkItemInput = {
      taskCode: r.taskCode,
      partKey: r.partKey,
      year: r.year,
      dueDate: r.dueDate,
      kind: 'scheduled',
      status: r.status,
      cancelReason: r.cancelReason,
      percentComplete: r.progress,
    };
    return { ...item, status: deriveWorkItemStatus(item, today) };
  });
}

/** The plan's progress tree for `year` (or every year), with titles, plus counts of items by status. */
export async function planProgress(db: Db, scope: CommuneLevelScope, today: string, year?: number) {
  const [tree, rows] = await Promise.all([readPlanTree(db, scope), listWorkItems(db, scope, { year })]);
  return tree && progressOf(tree, rows, scope.communeId, today);
}

/** The plan's progress for each of its years, from the work items of every year (the sign-off page). */
export function progressByYear(tree: Tree, rows: Rows, communeId: number, today: string) {
  return planYears(tree).map((year) => ({
    year,
    ...progressOf(
      tree,
      rows.filter((r) => r.year === year),
      communeId,
      today,
    ),
  }));
}

type Rows = Awaited<ReturnType<typeof listWorkItems>>;

/** The roll-up of `rows` (work items of the plan `tree`) on `today`. */
export function progressOf(tree: Tree, rows: Rows, communeId: number, today: string) {
  const items = toDomainItems(rows, today);
  const rolled = rollUpProgress(treeToPlan(tree, String(communeId)), items);
  const count = (status: string) => items.filter((i) => i.status === status).length;
  return {
    tree,
    rows,
    items,
    progress: rolled.progress,
    counts: {
      total: items.length,
      done: count('done'),
      inProgress: count('in_progress'),
      overdue: count('overdue'),
      notStarted: count('not_started'),
      cancelled: count('cancelled'),
    },
    groups: tree.groups.map((g) => {
      const gp = rolled.groups.find((x) => x.groupCode === g.code);
      return {
        code: g.code,
        title: g.title,
        progress: gp?.progress ?? null,
        tasks: g.tasks.map((t) => {
          const tp = gp?.tasks.find((x) => x.taskCode === t.code);
          return {
            code: t.code,
            content: t.content,
            leadAgencyCode: t.leadAgencyCode,
            timingText: t.timingText,
            progress: tp?.progress ?? null,
            done: tp?.done ?? 0,
            counted: tp?.counted ?? 0,
          };
        }),
      };
    }),
  };
}
