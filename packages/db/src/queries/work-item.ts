/** Work items of a commune's plan: generate from the plan's timing, list with their task, read, change. */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { planGroups, planTasks } from '../schema/plan.ts';
import { evidence, workItems } from '../schema/work-item.ts';

export type WorkItemRow = typeof workItems.$inferSelect;
export type Occurrence = { taskCode: string; partKey: string | null; year: number; dueDate: string };

/** Inserts the plan's dated occurrences that are not there yet (idempotent). Returns how many were added. */
export async function ensurePlanWorkItems(
  db: DbOrTx,
  scope: CommuneLevelScope,
  planId: string,
  occurrences: readonly Occurrence[],
): Promise<number> {
  if (occurrences.length === 0) return 0;
  const { communeId } = scope;
  const tasks = await db
    .select({ id: planTasks.id, code: planTasks.code })
    .from(planTasks)
    .where(and(scopeWhere(scope, { communeId: planTasks.communeId }), eq(planTasks.planId, planId)));
  const idOf = new Map(tasks.map((t) => [t.code, t.id]));
  const rows = occurrences
    .filter((o) => idOf.has(o.taskCode))
    .map((o) => ({
      communeId,
      planId,
      taskId: idOf.get(o.taskCode)!,
      partKey: o.partKey,
      year: o.year,
      dueDate: o.dueDate,
      origin: 'plan' as const,
    }));
  const inserted = await db.insert(workItems).values(rows).onConflictDoNothing().returning({ id: workItems.id });
  return inserted.length;
}

const itemColumns = {
  id: workItems.id,
  communeId: workItems.communeId,
  planId: workItems.planId,
  taskId: workItems.taskId,
  partKey: workItems.partKey,
  year: workItems.year,
  origin: workItems.origin,
  dueDate: workItems.dueDate,
  status: workItems.status,
  progress: workItems.progress,
  responsible: workItems.responsible,
  notes: workItems.notes,
  cancelReason: workItems.cancelReason,
  requestedBy: workItems.requestedBy,
  requestedOn: workItems.requestedOn,
  requestReason: workItems.requestReason,
  version: workItems.version,
  updatedAt: workItems.updatedAt,
  taskCode: planTasks.code,
  taskContent: planTasks.content,
  timing: planTasks.timing,
  timingText: planTasks.timingText,
  leadAgencyCode: planTasks.leadAgencyCode,
  coordinatingAgencyCodes: planTasks.coordinatingAgencyCodes,
  coordinatingOthers: planTasks.coordinatingOthers,
  expectedEvidence: planTasks.expectedEvidence,
  groupCode: planGroups.code,
  groupTitle: planGroups.title,
  evidenceCount: sql<number>`(select count(*)::int from ${evidence} e where e.commune_id = ${workItems.communeId} and e.work_item_id = ${workItems.id})`,
};

/**
 * The work items of the scope (a commune's, or a province's communes') with their task, in plan order then due
 * date; optionally of one year, of one lead agency, or of one agency as lead or coordinating agency.
 */
export function listWorkItems(
  db: DbOrTx,
  scope: AnyScope,
  { year, leadAgencyCode, agencyCode }: { year?: number; leadAgencyCode?: string; agencyCode?: string } = {},
) {
  return db
    .select(itemColumns)
    .from(workItems)
    .innerJoin(planTasks, and(eq(planTasks.communeId, workItems.communeId), eq(planTasks.id, workItems.taskId)))
    .innerJoin(planGroups, and(eq(planGroups.communeId, planTasks.communeId), eq(planGroups.id, planTasks.groupId)))
    .where(
      and(
        scopeWhere(scope, { communeId: workItems.communeId }),
        year ? eq(workItems.year, year) : undefined,
        leadAgencyCode ? eq(planTasks.leadAgencyCode, leadAgencyCode) : undefined,
        agencyCode
          ? or(eq(planTasks.leadAgencyCode, agencyCode), sql`${agencyCode} = any(${planTasks.coordinatingAgencyCodes})`)
          : undefined,
      ),
    )
    .orderBy(asc(workItems.communeId), asc(planTasks.position), asc(workItems.year), asc(workItems.dueDate));
}
export type WorkItemWithTask = Awaited<ReturnType<typeof listWorkItems>>[number];

/** One work item of the scope with its task, or undefined (another commune's item is "not found"). */
export async function getWorkItem(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
): Promise<WorkItemWithTask | undefined> {
  const [row] = await db
    .select(itemColumns)
    .from(workItems)
    .innerJoin(planTasks, and(eq(planTasks.communeId, workItems.communeId), eq(planTasks.id, workItems.taskId)))
    .innerJoin(planGroups, and(eq(planGroups.communeId, planTasks.communeId), eq(planGroups.id, planTasks.groupId)))
    .where(and(scopeWhere(scope, { communeId: workItems.communeId }), eq(workItems.id, id)));
  return row;
}

export type WorkItemPatch = Partial<
  Pick<WorkItemRow, 'status' | 'progress' | 'responsible' | 'notes' | 'dueDate' | 'cancelReason'>
>;

/**
 * Applies a patch if the item is still at `version` (optimistic lock). Returns the row before and after,
 * 'not_found' when the commune has no such item, or 'conflict' when someone changed it first.
 */
export async function updateWorkItem(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  version: number,
  patch: WorkItemPatch,
) {
  const inScope = and(scopeWhere(scope, { communeId: workItems.communeId }), eq(workItems.id, id));
  const [before] = await db.select().from(workItems).where(inScope).for('update');
  if (!before) return 'not_found' as const;
  if (before.version !== version) return 'conflict' as const;
  const [after] = await db
    .update(workItems)
    .set({ ...patch, version: version + 1, updatedAt: sql`now()` })
    .where(inScope)
    .returning();
  return { before, after: after! };
}

export type NewOnDemandItem = {
  communeId: number;
  planId: string;
  taskId: string;
  partKey: string | null;
  year: number;
  dueDate: string;
  origin: 'request' | 'higher_plan';
  requestedBy: string | null;
  requestedOn: string | null;
  requestReason: string | null;
  clientKey: string;
};

/** Creates an item for a recorded request or a higher plan's dates; a retry with the same key returns the first. */
export async function insertOnDemandItem(db: DbOrTx, item: NewOnDemandItem): Promise<{ id: string; created: boolean }> {
  const [row] = await db
    .insert(workItems)
    .values(item)
    .onConflictDoNothing({ target: [workItems.communeId, workItems.clientKey] })
    .returning({ id: workItems.id });
  if (row) return { id: row.id, created: true };
  const [existing] = await db
    .select({ id: workItems.id })
    .from(workItems)
    .where(and(eq(workItems.communeId, item.communeId), eq(workItems.clientKey, item.clientKey)));
  return { id: existing!.id, created: false };
}
