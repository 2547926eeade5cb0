/** Running the plan: work items — list, read with history, update, cancel, comment, link evidence, on-demand items. */
import { insertComment, insertEvidence, listAuditFor, listComments, listEvidence, withAudit, type WorkItemRow } from '@hgcs/db';
import {
  evidenceLinkInputSchema, higherPlanDatesInputSchema, normalizeWorkItemChange, recordRequestInputSchema, workItemCancelInputSchema,
  workItemCommentInputSchema, workItemIdInputSchema, workItemListInputSchema, workItemUpdateInputSchema,
} from '@hgcs/domain';
import { actorIn } from '../context.ts';
import { can } from '../procedures.ts';
import { toWorkItemView } from '../views/work-item-view.ts';
import { readPlanTree } from '../cache/commune-reference.ts';
import { readProgress } from '../cache/commune-progress.ts';
import { oversight } from '../work-items/by-agency.ts';
import { awaitingDates } from '../work-items/awaiting-dates.ts';
import { changeItem } from '../work-items/change-item.ts';
import { listItemsInView, remindersFor } from '../work-items/list-items.ts';
import { assertCanContribute, assertYearOpen, loadItem } from '../work-items/load-item.ts';
import { todayInVietnam } from '../work-items/today.ts';
import { createOnDemandItem } from '../work-items/create-on-demand-item.ts';

export const workItemRouter = {
  /** Items of a year (or all years): all, mine (my agency leads or coordinates), overdue, or due soon. */
  list: can('plan.read').input(workItemListInputSchema).query(({ ctx, input }) => listItemsInView(ctx, todayInVietnam(ctx.now), input)),

  /** In-app reminders for the items the caller's agency leads: overdue first, then due within 14 days. */
  reminders: can('plan.read').query(({ ctx }) => {
    const today = todayInVietnam(ctx.now);
    return readProgress(ctx.db, ctx.scope, `reminders:${ctx.user.agencyCode ?? '-'}:${today}`, () => remindersFor(ctx, today));
  }),

  /** For those who oversee the plan: the commune's overdue and due-soon items of every year, per lead agency. */
  oversight: can('plan.oversee').query(({ ctx }) => oversight(ctx, todayInVietnam(ctx.now))),

  /** One item with its evidence, comments, full history and the caller's rights. */
  get: can('plan.read').input(workItemIdInputSchema).query(async ({ ctx, input }) => {
    const { item, rights } = await loadItem(ctx, input.id);
    const [evidence, comments, history] = await Promise.all([
      listEvidence(ctx.db, ctx.scope, item.id), listComments(ctx.db, ctx.scope, item.id), listAuditFor(ctx.db, ctx.scope, 'work_item', item.id),
    ]);
    return {
      ...toWorkItemView(item, todayInVietnam(ctx.now), rights),
      evidence: evidence.map((e) => ({ ...e, addedAt: e.addedAt.toISOString() })),
      comments: comments.map((c) => ({ ...c, at: c.at.toISOString() })),
      history: history.map((h) => ({ id: h.id, at: h.at.toISOString(), action: h.action, actor: h.actor, before: h.before, after: h.after })),
    };
  }),

  /** The lead agency records progress: status, %, responsible person, notes, due date of this year. */
  update: can('plan.update').input(workItemUpdateInputSchema).mutation(({ ctx, input }) => {
    const { id, version, ...change } = input;
    const audited = [...new Set(['status', 'progress', ...Object.keys(change)])] as (keyof WorkItemRow)[];
    return changeItem(ctx, { id, version, action: 'work_item.update', audited, patch: (item) => normalizeWorkItemChange(change, item.status) });
  }),

  /** Cancels an item, with a reason (it leaves the progress denominator). */
  cancel: can('plan.update').input(workItemCancelInputSchema).mutation(({ ctx, input }) =>
    changeItem(ctx, { id: input.id, version: input.version, action: 'work_item.cancel', audited: ['status', 'cancelReason'], patch: () => ({ status: 'cancelled', cancelReason: input.reason }) })),

  /** A coordinating or lead agency comments. */
  comment: can('plan.comment').input(workItemCommentInputSchema).mutation(async ({ ctx, input }) => {
    const { item, rights } = await loadItem(ctx, input.id);
    assertCanContribute(item, rights);
    return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      await assertYearOpen(tx, ctx.scope, item);
      const row = await insertComment(tx, { communeId: ctx.scope.communeId, workItemId: item.id, authorId: ctx.user.userId, body: input.body });
      await audit({ action: 'work_item.comment', objectType: 'work_item', objectId: item.id, after: { commentId: row.id } });
      return { id: row.id };
    });
  }),

  /** Links a record in the product or an https page as evidence. */
  addLink: can('plan.comment').input(evidenceLinkInputSchema).mutation(async ({ ctx, input }) => {
    const { item, rights } = await loadItem(ctx, input.id);
    assertCanContribute(item, rights);
    return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      await assertYearOpen(tx, ctx.scope, item);
      const row = await insertEvidence(tx, { communeId: ctx.scope.communeId, workItemId: item.id, kind: 'link', label: input.label, url: input.url, addedBy: ctx.user.userId });
      await audit({ action: 'work_item.evidence_link', objectType: 'work_item', objectId: item.id, after: { evidenceId: row.id, label: input.label, url: input.url } });
      return { id: row.id };
    });
  }),

  /** The tasks my agency leads that wait for a request or a higher plan's dates (the forms to date them offer these). */
  awaitingDates: can('plan.update').query(({ ctx }) => awaitingDates(ctx)),

  /** Records a request for an on-demand task (4a): who asked, when, why; creates its work item once. */
  recordRequest: can('plan.update').input(recordRequestInputSchema).mutation(async ({ ctx, input }) => {
    const plan = await readPlanTree(ctx.db, ctx.scope);
    return createOnDemandItem(ctx, plan, { taskCode: input.taskCode, partKey: null, timingKind: 'on_demand', year: Number(input.requestedOn.slice(0, 4)), dueDate: input.dueDate,
      origin: 'request', requestedBy: input.requestedBy, requestedOn: input.requestedOn, requestReason: input.reason, clientKey: input.clientKey });
  }),

  /** Enters the dates of a higher-level plan (7b, 8a interim review): creates that year's work item once. */
  scheduleHigherPlan: can('plan.update').input(higherPlanDatesInputSchema).mutation(async ({ ctx, input }) => {
    const plan = await readPlanTree(ctx.db, ctx.scope);
    return createOnDemandItem(ctx, plan, { taskCode: input.taskCode, partKey: input.partKey, timingKind: 'higher_plan', year: input.year, dueDate: input.dueDate,
      origin: 'higher_plan', requestedBy: null, requestedOn: null, requestReason: input.note, clientKey: input.clientKey });
  }),
};
