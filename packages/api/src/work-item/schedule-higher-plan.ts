/** Enters the dates of a higher-level plan (7b, 8a interim review): creates that year's work item once (by the client's key). */
import type { HigherPlanDatesInput } from '@hgcs/domain';
import { readPlanTree } from '../cache/commune-reference.ts';
import type { ScopedContext } from '../context.ts';
import { createOnDemandItem } from './create-on-demand-item.ts';

export async function scheduleHigherPlan(ctx: ScopedContext, input: HigherPlanDatesInput) {
  const plan = await readPlanTree(ctx.db, ctx.scope);
  return createOnDemandItem(ctx, plan, {
    taskCode: input.taskCode,
    partKey: input.partKey,
    timingKind: 'higher_plan',
    year: input.year,
    dueDate: input.dueDate,
    origin: 'higher_plan',
    requestedBy: null,
    requestedOn: null,
    requestReason: input.note,
    clientKey: input.clientKey,
  });
}
