/**
 * The commune's budget lines (schema/budget-line.ts): a year's lines, adding one once, deleting one; and the
 * remuneration paid for cases in a year (schema/case.ts `case_paid_claims`), which the budget counts as spent.
 */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { budgetLines } from '../schema/budget-line.ts';
import { casePaidClaims } from '../schema/case.ts';
import { planTasks } from '../schema/plan.ts';

const lineColumns = {
  id: budgetLines.id,
  year: budgetLines.year,
  kind: budgetLines.kind,
  source: budgetLines.source,
  category: budgetLines.category,
  norm: budgetLines.norm,
  unitAmountVnd: budgetLines.unitAmountVnd,
  quantity: budgetLines.quantity,
  on: budgetLines.on,
  planTaskId: budgetLines.planTaskId,
  description: budgetLines.description,
};

/** The scope's lines of a year with their plan task's code, planned first, then by day and time of entry. */
export function budgetLinesOfYear(db: DbOrTx, scope: AnyScope, year: number) {
  return db
    .select({ ...lineColumns, planTaskCode: planTasks.code })
    .from(budgetLines)
    .leftJoin(planTasks, and(eq(planTasks.communeId, budgetLines.communeId), eq(planTasks.id, budgetLines.planTaskId)))
    .where(and(scopeWhere(scope, { communeId: budgetLines.communeId }), eq(budgetLines.year, year)))
    .orderBy(asc(budgetLines.kind), asc(budgetLines.on), asc(budgetLines.createdAt), asc(budgetLines.id));
}

export type NewBudgetLine = Omit<typeof budgetLines.$inferInsert, 'id' | 'communeId'>;

/** Adds a line once per client key: the line and whether this call added it. */
export async function insertBudgetLine(db: DbOrTx, scope: CommuneLevelScope, line: NewBudgetLine) {
  const [added] = await db
    .insert(budgetLines)
    .values({ ...line, communeId: scope.communeId })
    .onConflictDoNothing({ target: [budgetLines.communeId, budgetLines.clientKey] })
    .returning(lineColumns);
  if (added) return { line: added, added: true };
  const [existing] = await db
    .select(lineColumns)
    .from(budgetLines)
    .where(and(eq(budgetLines.communeId, scope.communeId), eq(budgetLines.clientKey, line.clientKey)));
  return { line: existing!, added: false };
}

/** Deletes a line of the scope; the deleted line, or undefined when there is none. */
export async function deleteBudgetLine(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const [deleted] = await db
    .delete(budgetLines)
    .where(and(scopeWhere(scope, { communeId: budgetLines.communeId }), eq(budgetLines.id, id)))
    .returning(lineColumns);
  return deleted;
}

/** True when the plan task is the scope's. */
export async function planTaskInScope(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const [row] = await db
    .select({ id: planTasks.id })
    .from(planTasks)
    .where(and(scopeWhere(scope, { communeId: planTasks.communeId }), eq(planTasks.id, id)));
  return row !== undefined;
}

/** The scope's plan tasks a line may pay for (id, code, content), in the plan's order. */
export function planTasksForBudget(db: DbOrTx, scope: AnyScope) {
  return db
    .select({ id: planTasks.id, code: planTasks.code, content: planTasks.content })
    .from(planTasks)
    .where(scopeWhere(scope, { communeId: planTasks.communeId }))
    .orderBy(asc(planTasks.position));
}

/** Remuneration paid for cases (case_paid_claims) in a year: the total in đồng and how many cases. */
export async function remunerationPaidInYear(db: DbOrTx, scope: AnyScope, year: number) {
  const [row] = await db
    .select({
      paidVnd: sql<number>`coalesce(sum(${casePaidClaims.amountVnd}), 0)::bigint`.mapWith(Number),
      cases: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(casePaidClaims)
    .where(
      and(
        scopeWhere(scope, { communeId: casePaidClaims.communeId }),
        gte(casePaidClaims.paidOn, `${year}-01-01`),
        lte(casePaidClaims.paidOn, `${year}-12-31`),
      ),
    );
  return row ?? { paidVnd: 0, cases: 0 };
}
