/**
 * A work item: one dated occurrence of a plan task (or of one part of a composite timing) in one year, with its
 * status. Items come from `expandPlan`; staff move them along; the roll-up reads them (Đề án 315 tracking, [SEED]).
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';

/**
 * `scheduled`: dated by the plan; `awaiting_request`: "Khi có yêu cầu" (4a) — dated when staff record the request;
 * `awaiting_higher_plan`: "Theo Kế hoạch của …" (7b, 8a Sơ kết) — dated when the higher plan's dates are entered.
 */
export const workItemKindSchema = z.enum(['scheduled', 'awaiting_request', 'awaiting_higher_plan']);
export type WorkItemKind = z.infer<typeof workItemKindSchema>;

const occurrenceShape = {
  taskCode: z.string().regex(/^\d+(\.\d+)?[a-z]?$/),
  /** Key of the composite part (8a: inspection_survey, interim_review, final_review), else null. */
  partKey: z
    .string()
    .regex(/^[a-z_]+$/)
    .nullable(),
  /** The plan year; null for a placeholder not yet dated. */
  year: z.number().int().min(2000).max(2100).nullable(),
  dueDate: isoDateSchema.nullable(),
  kind: workItemKindSchema,
};
const datedWhenScheduled = (o: { kind: WorkItemKind; year: number | null; dueDate: string | null }) =>
  o.kind === 'scheduled' ? o.year !== null && o.dueDate !== null : o.dueDate === null;

/** What `expandPlan` produces: a scheduled item has a year and a due date; a placeholder has no due date. */
export const workItemOccurrenceSchema = z
  .object(occurrenceShape)
  .strict()
  .refine(datedWhenScheduled, { message: 'field.WORK_ITEM_DATES' });
export type WorkItemOccurrence = z.infer<typeof workItemOccurrenceSchema>;

/** Status of a work item; `overdue` is derived from the due date and today (`deriveWorkItemStatus`). */
export const workItemStatusSchema = z.enum(['not_started', 'in_progress', 'done', 'overdue', 'cancelled']);
export type WorkItemStatus = z.infer<typeof workItemStatusSchema>;

/** A tracked work item. A cancelled item must say why (it then leaves the progress denominator). */
export const workItemSchema = z
  .object({
    ...occurrenceShape,
    status: workItemStatusSchema.default('not_started'),
    cancelReason: z.string().trim().min(3).max(500).nullable().default(null),
    /** Staff's estimate for an item under way, 0–100; `done` counts 100 and `not_started` 0 whatever it says. */
    percentComplete: z.number().min(0).max(100).nullable().default(null),
  })
  .strict()
  .refine(datedWhenScheduled, { message: 'field.WORK_ITEM_DATES' })
  .refine((w) => (w.status === 'cancelled') === (w.cancelReason !== null), {
    message: 'field.CANCEL_REASON',
    path: ['cancelReason'],
  });
export type WorkItem = z.infer<typeof workItemSchema>;
export type WorkItemInput = z.input<typeof workItemSchema>;
