/**
 * The province's communes side by side (issue 8.3): for each commune of the scope, its plan's progress in a year —
 * overall % (the domain roll-up, weighted, cancelled items left out), items done of counted, overdue, due within 14
 * days. One round of queries for all communes (communes, plans, groups, tasks, items), never one per commune.
 */
import { getPlanTrees, listWorkItems, type Db } from '@hgcs/db';
import { readProvinceCommunes } from '../cache/commune-reference.ts';
import { rollUpProgress, workItemReminders, type Granted, type ProvinceScope } from '@hgcs/domain';
import { treeToPlan } from '../plan/tree-to-plan.ts';
import { toDomainItems } from '../progress/compute-progress.ts';

export async function communesProgress(db: Db, scope: Granted<ProvinceScope>, today: string, year: number) {
  const [communes, trees, rows] = await Promise.all([
    readProvinceCommunes(db, scope.provinceCode),
    getPlanTrees(db, scope),
    listWorkItems(db, scope, { year }),
  ]);
  return communes
    .filter((c) => scope.communeIds.includes(c.id))
    .map((commune) => {
      const tree = trees.get(commune.id);
      const own = rows.filter((r) => r.communeId === commune.id);
      const items = toDomainItems(own, today);
      const reminders = workItemReminders(
        own.map((r) => ({ id: r.id, dueDate: r.dueDate, status: r.status })),
        today,
      );
      const counted = items.filter((i) => i.status !== 'cancelled');
      return {
        code: String(commune.id),
        name: commune.name,
        hasPlan: tree !== undefined,
        progress: tree ? rollUpProgress(treeToPlan(tree, String(commune.id)), items).progress : null,
        done: counted.filter((i) => i.status === 'done').length,
        total: counted.length,
        overdue: reminders.filter((r) => r.kind === 'overdue').length,
        dueSoon: reminders.filter((r) => r.kind === 'due_soon').length,
      };
    });
}
