/** The plan of a commune as a tree: plan → groups → tasks, in the plan's order; or every plan of a province's communes. */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { planGroups, plans, planTasks } from '../schema/plan.ts';

/** The commune's plan with its groups and tasks, or undefined when the commune has none with that code. */
export async function getPlanTree(db: DbOrTx, scope: CommuneLevelScope, planCode?: string) {
  const [plan] = await db
    .select()
    .from(plans)
    .where(and(scopeWhere(scope, { communeId: plans.communeId }), planCode ? eq(plans.code, planCode) : undefined))
    .orderBy(asc(plans.startYear))
    .limit(1);
  if (!plan) return undefined;
  const [groups, tasks] = await Promise.all([
    db
      .select()
      .from(planGroups)
      .where(and(scopeWhere(scope, { communeId: planGroups.communeId }), eq(planGroups.planId, plan.id)))
      .orderBy(asc(planGroups.position)),
    db
      .select()
      .from(planTasks)
      .where(and(scopeWhere(scope, { communeId: planTasks.communeId }), eq(planTasks.planId, plan.id)))
      .orderBy(asc(planTasks.position)),
  ]);
  return {
    ...plan,
    groups: groups.map((g) => ({ ...g, tasks: tasks.filter((t) => t.groupId === g.id) })),
  };
}
export type PlanTree = NonNullable<Awaited<ReturnType<typeof getPlanTree>>>;

/**
 * The first plan of every commune in the scope (a province's), as trees, by commune id — in three queries
 * whatever the number of communes (never one round per commune).
 */
export async function getPlanTrees(db: DbOrTx, scope: AnyScope): Promise<Map<number, PlanTree>> {
  const [allPlans, groups, tasks] = await Promise.all([
    db
      .select()
      .from(plans)
      .where(scopeWhere(scope, { communeId: plans.communeId }))
      .orderBy(asc(plans.communeId), asc(plans.startYear)),
    db
      .select()
      .from(planGroups)
      .where(scopeWhere(scope, { communeId: planGroups.communeId }))
      .orderBy(asc(planGroups.position)),
    db
      .select()
      .from(planTasks)
      .where(scopeWhere(scope, { communeId: planTasks.communeId }))
      .orderBy(asc(planTasks.position)),
  ]);
  const trees = new Map<number, PlanTree>();
  for (const plan of allPlans) {
    if (trees.has(plan.communeId)) continue;
    const own = (row: { communeId: number; planId: string }) =>
      row.communeId === plan.communeId && row.planId === plan.id;
    const planTasksOf = tasks.filter(own);
    trees.set(plan.communeId, {
      ...plan,
      groups: groups.filter(own).map((g) => ({ ...g, tasks: planTasksOf.filter((t) => t.groupId === g.id) })),
    });
  }
  return trees;
}
