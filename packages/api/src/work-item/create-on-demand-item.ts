/**
 * Creates the work item of an on-demand task (a recorded request) or of a part timed by a higher-level plan, after
 * checking the task is timed that way and the caller's agency leads it. Idempotent by the client's key.
 */
import { insertOnDemandItem, isYearSigned, withAudit, type getPlanTree } from '@hgcs/db';
import { DomainError, workItemRights, type Timing } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

type Tree = Awaited<ReturnType<typeof getPlanTree>>;
type Request = {
  taskCode: string;
  partKey: string | null;
  timingKind: 'on_demand' | 'higher_plan';
  year: number;
  dueDate: string;
  origin: 'request' | 'higher_plan';
  requestedBy: string | null;
  requestedOn: string | null;
  requestReason: string | null;
  clientKey: string;
};

function timingOf(timing: Timing, partKey: string | null) {
  if (timing.kind !== 'composite') return partKey === null ? timing : null;
  return timing.parts.find((p) => p.key === partKey)?.timing ?? null;
}

export async function createOnDemandItem(ctx: ScopedContext, plan: Tree, request: Request) {
  const task = plan?.groups.flatMap((g) => g.tasks).find((t) => t.code === request.taskCode);
  if (!plan || !task) throw new DomainError('PLAN.UNKNOWN_TASK', { taskCode: request.taskCode });
  if (timingOf(task.timing, request.partKey)?.kind !== request.timingKind)
    throw new DomainError('WORK_ITEM.WRONG_TIMING', { taskCode: task.code });
  const locked = await isYearSigned(ctx.db, ctx.scope, plan.id, request.year);
  const rights = workItemRights(
    ctx.user,
    { leadAgency: task.leadAgencyCode, coordinatingAgencies: task.coordinatingAgencyCodes },
    locked,
  );
  if (locked) throw new DomainError('WORK_ITEM.LOCKED', { year: request.year });
  if (!rights.update) throw new DomainError('WORK_ITEM.NOT_LEAD', { taskCode: task.code });
  const { timingKind: _kind, taskCode: _code, ...row } = request;
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const result = await insertOnDemandItem(tx, {
      ...row,
      communeId: ctx.scope.communeId,
      planId: plan.id,
      taskId: task.id,
    });
    if (result.created)
      await audit({
        action: `work_item.create_${request.origin}`,
        objectType: 'work_item',
        objectId: result.id,
        after: { taskCode: task.code, ...row },
      });
    return result;
  });
}
