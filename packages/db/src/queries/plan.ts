/** The plan of a commune as a tree: plan → groups → tasks, in the plan's order. */
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { planGroups, plans, planTasks } from '../schema/plan.ts';

/** The commune's plan with its groups and tasks, or undefined when the commune has none with that code. */
export async function getPlanTree(db: DbOrTx, communeId: number, planCode?: string) {
  const [plan] = await db.select().from(plans)
    .where(and(eq(plans.communeId, communeId), planCode ? eq(plans.code, planCode) : undefined))
    .orderBy(asc(plans.startYear)).limit(1);
  if (!plan) return undefined;
  const [groups, tasks] = await Promise.all([
    db.select().from(planGroups).where(and(eq(planGroups.communeId, communeId), eq(planGroups.planId, plan.id))).orderBy(asc(planGroups.position)),
    db.select().from(planTasks).where(and(eq(planTasks.communeId, communeId), eq(planTasks.planId, plan.id))).orderBy(asc(planTasks.position)),
  ]);
  return {
    ...plan,
    groups: groups.map((g) => ({ ...g, tasks: tasks.filter((t) => t.groupId === g.id) })),
  };
}
