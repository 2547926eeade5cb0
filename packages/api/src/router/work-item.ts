/** Running the plan: work items — list, read with history, update, cancel, comment, link evidence, on-demand items. */
import { getPlanTree, insertComment, insertEvidence, listAuditFor, listComments, listEvidence, listWorkItems, updateWorkItem, withAudit } from '@hgcs/db';
import {
  DomainError, evidenceLinkInputSchema, higherPlanDatesInputSchema, normalizeWorkItemChange, recordRequestInputSchema, workItemCancelInputSchema,
  workItemCommentInputSchema, workItemIdInputSchema, workItemListInputSchema, workItemReminders, workItemUpdateInputSchema,
} from '@hgcs/domain';
import { can } from '../procedures.ts';
import { toWorkItemView } from '../views/work-item-view.ts';
import { assertCanContribute, assertCanUpdate, loadItem } from '../work-items/load-item.ts';
import { todayInVietnam } from '../work-items/today.ts';
import { createOnDemandItem } from '../work-items/create-on-demand-item.ts';

const actorOf = (ctx: { user: { communeId: number; userId: string }; requestId: string }) => ({ communeId: ctx.user.communeId, userId: ctx.user.userId, requestId: ctx.requestId });

export const workItemRouter = {
  /** Items of a year (or all years): all, mine (my agency leads or coordinates), overdue, or due soon. */
  list: can('plan.read').input(workItemListInputSchema).query(async ({ ctx, input }) => {
    const today = todayInVietnam(ctx.now);
    const rows = await listWorkItems(ctx.db, ctx.user.communeId, { year: input.year, agencyCode: input.view === 'mine' ? (ctx.user.agencyCode ?? '-') : undefined });
    const views = rows.map((r) => toWorkItemView(r, today));
    if (input.view === 'overdue') return views.filter((v) => v.status === 'overdue');
    if (input.view === 'due_soon') {
      const soon = new Set(workItemReminders(views.map((v) => ({ id: v.id, dueDate: v.dueDate, status: v.storedStatus })), today).filter((r) => r.kind === 'due_soon').map((r) => r.id));
      return views.filter((v) => soon.has(v.id));
    }
    return views;
  }),

  /** In-app reminders for the items the caller's agency leads: overdue first, then due within 14 days. */
  reminders: can('plan.read').query(async ({ ctx }) => {
    const today = todayInVietnam(ctx.now);
    const rows = await listWorkItems(ctx.db, ctx.user.communeId, { leadAgencyCode: ctx.user.agencyCode ?? '-' });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return workItemReminders(rows.map((r) => ({ id: r.id, dueDate: r.dueDate, status: r.status })), today)
      .map((r) => ({ ...r, item: toWorkItemView(byId.get(r.id)!, today) }));
  }),

  /** One item with its evidence, comments, full history and the caller's rights. */
  get: can('plan.read').input(workItemIdInputSchema).query(async ({ ctx, input }) => {
    const { item, rights } = await loadItem(ctx.db, ctx.user, input.id);
    const [evidence, comments, history] = await Promise.all([
      listEvidence(ctx.db, ctx.user.communeId, item.id), listComments(ctx.db, ctx.user.communeId, item.id), listAuditFor(ctx.db, ctx.user.communeId, 'work_item', item.id),
    ]);
    return {
      ...toWorkItemView(item, todayInVietnam(ctx.now), rights),
      evidence: evidence.map((e) => ({ ...e, addedAt: e.addedAt.toISOString() })),
      comments: comments.map((c) => ({ ...c, at: c.at.toISOString() })),
      history: history.map((h) => ({ id: h.id, at: h.at.toISOString(), action: h.action, actor: h.actor, before: h.before, after: h.after })),
    };
  }),

  /** The lead agency records progress: status, %, responsible person, notes, due date of this year. */
  update: can('plan.update').input(workItemUpdateInputSchema).mutation(async ({ ctx, input }) => {
    const { item, rights } = await loadItem(ctx.db, ctx.user, input.id);
    assertCanUpdate(item, rights);
    const { id, version, ...change } = input;
    return withAudit(ctx.db, actorOf(ctx), async (tx, audit) => {
      const result = await updateWorkItem(tx, ctx.user.communeId, id, version, normalizeWorkItemChange(change, item.status));
      if (result === 'not_found') throw new DomainError('RESOURCE.NOT_FOUND');
      if (result === 'conflict') throw new DomainError('WORK_ITEM.STALE');
      await audit({ action: 'work_item.update', objectType: 'work_item', objectId: id, before: pick(result.before, change), after: pick(result.after, change) });
      return { id, version: result.after.version };
    });
  }),

  /** Cancels an item, with a reason (it leaves the progress denominator). */
  cancel: can('plan.update').input(workItemCancelInputSchema).mutation(async ({ ctx, input }) => {
    const { item, rights } = await loadItem(ctx.db, ctx.user, input.id);
    assertCanUpdate(item, rights);
    return withAudit(ctx.db, actorOf(ctx), async (tx, audit) => {
      const result = await updateWorkItem(tx, ctx.user.communeId, input.id, input.version, { status: 'cancelled', cancelReason: input.reason });
      if (result === 'not_found') throw new DomainError('RESOURCE.NOT_FOUND');
      if (result === 'conflict') throw new DomainError('WORK_ITEM.STALE');
      await audit({ action: 'work_item.cancel', objectType: 'work_item', objectId: input.id, before: { status: result.before.status }, after: { status: 'cancelled', cancelReason: input.reason } });
      return { id: input.id, version: result.after.version };
    });
  }),

  /** A coordinating or lead agency comments. */
  comment: can('plan.comment').input(workItemCommentInputSchema).mutation(async ({ ctx, input }) => {
    const { item, rights } = await loadItem(ctx.db, ctx.user, input.id);
    assertCanContribute(item, rights);
    return withAudit(ctx.db, actorOf(ctx), async (tx, audit) => {
      const row = await insertComment(tx, { communeId: ctx.user.communeId, workItemId: item.id, authorId: ctx.user.userId, body: input.body });
      await audit({ action: 'work_item.comment', objectType: 'work_item', objectId: item.id, after: { commentId: row.id } });
      return { id: row.id };
    });
  }),

  /** Links a record in the product or an https page as evidence. */
  addLink: can('plan.comment').input(evidenceLinkInputSchema).mutation(async ({ ctx, input }) => {
    const { item, rights } = await loadItem(ctx.db, ctx.user, input.id);
    assertCanContribute(item, rights);
    return withAudit(ctx.db, actorOf(ctx), async (tx, audit) => {
      const row = await insertEvidence(tx, { communeId: ctx.user.communeId, workItemId: item.id, kind: 'link', label: input.label, url: input.url, addedBy: ctx.user.userId });
      await audit({ action: 'work_item.evidence_link', objectType: 'work_item', objectId: item.id, after: { evidenceId: row.id, label: input.label, url: input.url } });
      return { id: row.id };
    });
  }),

  /** Records a request for an on-demand task (4a): who asked, when, why; creates its work item once. */
  recordRequest: can('plan.update').input(recordRequestInputSchema).mutation(async ({ ctx, input }) => {
    const plan = await getPlanTree(ctx.db, ctx.user.communeId);
    return createOnDemandItem(ctx, plan, { taskCode: input.taskCode, partKey: null, timingKind: 'on_demand', year: Number(input.requestedOn.slice(0, 4)), dueDate: input.dueDate,
      origin: 'request', requestedBy: input.requestedBy, requestedOn: input.requestedOn, requestReason: input.reason, clientKey: input.clientKey });
  }),

  /** Enters the dates of a higher-level plan (7b, 8a interim review): creates that year's work item once. */
  scheduleHigherPlan: can('plan.update').input(higherPlanDatesInputSchema).mutation(async ({ ctx, input }) => {
    const plan = await getPlanTree(ctx.db, ctx.user.communeId);
    return createOnDemandItem(ctx, plan, { taskCode: input.taskCode, partKey: input.partKey, timingKind: 'higher_plan', year: input.year, dueDate: input.dueDate,
      origin: 'higher_plan', requestedBy: null, requestedOn: null, requestReason: input.note, clientKey: input.clientKey });
  }),
};

function pick(row: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(change).concat('status', 'progress').map((k) => [k, row[k]]));
}
