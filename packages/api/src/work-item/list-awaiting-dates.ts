/**
 * The tasks (or composite parts) the caller's agency leads that wait for dates: "Khi có yêu cầu" (a recorded request)
 * or "Theo Kế hoạch của cấp trên" (a higher plan's dates) — the domain's `expandPlan` placeholders.
 */
import { readPlanTree } from '../cache/commune-reference.ts';
import { expandPlan } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { treeToPlan } from '../plan/tree-to-plan.ts';

export async function listAwaitingDates({ db, user, scope }: ScopedContext) {
  const tree = await readPlanTree(db, scope);
  if (!tree) return [];
  const plan = treeToPlan(tree, String(scope.communeId));
  const tasks = new Map(plan.groups.flatMap((g) => g.tasks).map((t) => [t.code, t]));
  return expandPlan(plan, { fromYear: plan.startYear, toYear: plan.endYear })
    .filter((o) => o.kind !== 'scheduled' && tasks.get(o.taskCode)?.leadAgency === user.agencyCode)
    .map((o) => {
      const task = tasks.get(o.taskCode)!;
      const part =
        o.partKey && task.timing.kind === 'composite' ? task.timing.parts.find((p) => p.key === o.partKey) : undefined;
      return {
        kind: o.kind === 'awaiting_request' ? ('request' as const) : ('higher_plan' as const),
        taskCode: o.taskCode,
        partKey: o.partKey,
        partLabel: part?.label ?? null,
        content: task.content,
        timingText: task.timingText,
      };
    });
}
