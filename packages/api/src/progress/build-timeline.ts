/** Years × tasks: for each task and year, how many items are due (open), done, late or cancelled. */
import { listWorkItems, type Db } from '@hgcs/db';
import { readPlanTree } from '../cache/commune-reference.ts';
import { planYears, type CommuneLevelScope } from '@hgcs/domain';
import { toDomainItems } from './compute-progress.ts';

/** The timeline of the commune's plan on `today`, or undefined when it has no plan. */
export async function planTimeline(db: Db, scope: CommuneLevelScope, today: string) {
  const [tree, rows] = await Promise.all([readPlanTree(db, scope), listWorkItems(db, scope)]);
  if (!tree) return undefined;
  const items = toDomainItems(rows, today);
  const years = planYears(tree);
  return {
    years,
    tasks: tree.groups
      .flatMap((g) => g.tasks)
      .map((t) => ({
        code: t.code,
        content: t.content,
        timingText: t.timingText,
        cells: years.map((year) => {
          const mine = items.filter((i) => i.taskCode === t.code && i.year === year);
          const n = (s: string) => mine.filter((i) => i.status === s).length;
          return {
            year,
            total: mine.length,
            done: n('done'),
            overdue: n('overdue'),
            cancelled: n('cancelled'),
            open: n('not_started') + n('in_progress'),
          };
        }),
      })),
  };
}
