/** Records a request for an on-demand task (4a): who asked, when, why; creates its work item once (by the client's key). */
import { yearOf, type RecordRequestInput } from '@hgcs/domain';
import { readPlanTree } from '../cache/commune-reference.ts';
import type { ScopedContext } from '../context.ts';
import { createOnDemandItem } from './create-on-demand-item.ts';

export async function recordRequest(ctx: ScopedContext, input: RecordRequestInput) {
  const plan = await readPlanTree(ctx.db, ctx.scope);
  return createOnDemandItem(ctx, plan, {
    taskCode: input.taskCode,
    partKey: null,
    timingKind: 'on_demand',
    year: yearOf(input.requestedOn),
    dueDate: input.dueDate,
    origin: 'request',
    requestedBy: input.requestedBy,
    requestedOn: input.requestedOn,
    requestReason: input.reason,
    clientKey: input.clientKey,
  });
}
