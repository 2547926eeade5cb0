/**
 * Running the plan: work items — list, read with history, update, cancel, comment, link evidence, on-demand items.
 * Each procedure parses with the domain's schema, declares its permission and calls one use-case of this folder.
 */
import {
  evidenceLinkInputSchema,
  higherPlanDatesInputSchema,
  recordRequestInputSchema,
  todayInVietnam,
  workItemCancelInputSchema,
  workItemCommentInputSchema,
  workItemIdInputSchema,
  workItemListInputSchema,
  workItemUpdateInputSchema,
} from '@hgcs/domain';
import { can } from '../procedures.ts';
import { readProgress } from '../cache/commune-progress.ts';
import { addComment } from './add-comment.ts';
import { addEvidenceLink } from './add-evidence-link.ts';
import { cancelItem } from './cancel-item.ts';
import { getItem } from './get-item.ts';
import { listAwaitingDates } from './list-awaiting-dates.ts';
import { oversight } from './list-by-agency.ts';
import { listItemsInView, remindersFor } from './list-items.ts';
import { recordRequest } from './record-request.ts';
import { scheduleHigherPlan } from './schedule-higher-plan.ts';
import { updateItem } from './update-item.ts';

export const workItemRouter = {
  /** Items of a year (or all years): all, mine (my agency leads or coordinates), overdue, or due soon. */
  list: can('plan.read')
    .input(workItemListInputSchema)
    .query(({ ctx, input }) => listItemsInView(ctx, todayInVietnam(ctx.now), input)),

  /** In-app reminders for the items the caller's agency leads: overdue first, then due within 14 days. */
  reminders: can('plan.read').query(({ ctx }) => {
    const today = todayInVietnam(ctx.now);
    return readProgress(ctx.db, ctx.scope, `reminders:${ctx.user.agencyCode ?? '-'}:${today}`, () =>
      remindersFor(ctx, today),
    );
  }),

  /** For those who oversee the plan: the commune's overdue and due-soon items of every year, per lead agency. */
  oversight: can('plan.oversee').query(({ ctx }) => oversight(ctx, todayInVietnam(ctx.now))),

  /** One item with its evidence, comments, full history and the caller's rights. */
  get: can('plan.read')
    .input(workItemIdInputSchema)
    .query(({ ctx, input }) => getItem(ctx, input.id, todayInVietnam(ctx.now))),

  /** The lead agency records progress: status, %, responsible person, notes, due date of this year. */
  update: can('plan.update')
    .input(workItemUpdateInputSchema)
    .mutation(({ ctx, input }) => updateItem(ctx, input)),

  /** Cancels an item, with a reason (it leaves the progress denominator). */
  cancel: can('plan.update')
    .input(workItemCancelInputSchema)
    .mutation(({ ctx, input }) => cancelItem(ctx, input)),

  /** A coordinating or lead agency comments. */
  comment: can('plan.comment')
    .input(workItemCommentInputSchema)
    .mutation(({ ctx, input }) => addComment(ctx, input)),

  /** Links a record in the product or an https page as evidence (files go through the host's upload route). */
  addLink: can('plan.comment')
    .input(evidenceLinkInputSchema)
    .mutation(({ ctx, input }) => addEvidenceLink(ctx, input)),

  /** The tasks my agency leads that wait for a request or a higher plan's dates (the forms to date them offer these). */
  awaitingDates: can('plan.update').query(({ ctx }) => listAwaitingDates(ctx)),

  /** Records a request for an on-demand task (4a): who asked, when, why; creates its work item once. */
  recordRequest: can('plan.update')
    .input(recordRequestInputSchema)
    .mutation(({ ctx, input }) => recordRequest(ctx, input)),

  /** Enters the dates of a higher-level plan (7b, 8a interim review): creates that year's work item once. */
  scheduleHigherPlan: can('plan.update')
    .input(higherPlanDatesInputSchema)
    .mutation(({ ctx, input }) => scheduleHigherPlan(ctx, input)),
};
