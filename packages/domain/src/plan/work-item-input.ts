/**
 * Input shapes for running the plan (validated at the API edge): listing, updating, cancelling work items,
 * recording a request (4a "Khi có yêu cầu"), entering a higher plan's dates (7b, 8a), comments, evidence links,
 * and the chairman's sign-off.
 */
import { z } from 'zod';
import { safeText, type FieldMessageKey } from '../text/safe-text.ts';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';

const id = z.string().uuid('field.WORK_ITEM_ID');
const version = z.number().int().min(1);
const year = z.number().int().min(2024, 'field.YEAR_OUT_OF_PLAN').max(2035, 'field.YEAR_OUT_OF_PLAN');
const taskCode = z.string().regex(/^\d+(\.\d+)?[a-z]?$/, 'field.TASK_CODE');

export const workItemListInputSchema = z
  .object({
    year: year.optional(),
    /** all; mine = the items my agency leads; overdue; due_soon = due within the reminder window. */
    view: z.enum(['all', 'mine', 'overdue', 'due_soon']).default('all'),
  })
  .strict();

export const workItemIdInputSchema = z.object({ id }).strict();

export const workItemUpdateInputSchema = z
  .object({
    id,
    version,
    status: z.enum(['not_started', 'in_progress', 'done']).optional(),
    progress: z.number().int().min(0, 'field.PROGRESS').max(100, 'field.PROGRESS').optional(),
    responsible: safeText(120, { tooLong: 'field.RESPONSIBLE_TOO_LONG' }).nullable().optional(),
    notes: safeText(4000, { multiline: true, tooLong: 'field.NOTES_TOO_LONG' }).nullable().optional(),
    dueDate: isoDateSchema.optional(),
  })
  .strict();
export type WorkItemUpdateInput = z.infer<typeof workItemUpdateInputSchema>;

export const workItemCancelInputSchema = z
  .object({ id, version, reason: safeText(500, { min: 3, multiline: true, tooShort: 'field.CANCEL_REASON_REQUIRED' }) })
  .strict();
export type WorkItemCancelInput = z.infer<typeof workItemCancelInputSchema>;

export const recordRequestInputSchema = z
  .object({
    taskCode,
    requestedBy: safeText(200, { min: 2, tooShort: 'field.REQUESTED_BY_REQUIRED' }),
    requestedOn: isoDateSchema,
    reason: safeText(2000, { min: 3, multiline: true, tooShort: 'field.REQUEST_REASON_REQUIRED' }),
    dueDate: isoDateSchema,
    /** Idempotency key from the form: a retry never creates a second item. */
    clientKey: z.string().uuid(),
  })
  .strict();
export type RecordRequestInput = z.infer<typeof recordRequestInputSchema>;

export const higherPlanDatesInputSchema = z
  .object({
    taskCode,
    partKey: z
      .string()
      .regex(/^[a-z_]+$/)
      .nullable(),
    year,
    dueDate: isoDateSchema,
    note: safeText(500, { multiline: true }).nullable().default(null),
    clientKey: z.string().uuid(),
  })
  .strict();
export type HigherPlanDatesInput = z.infer<typeof higherPlanDatesInputSchema>;

export const workItemCommentInputSchema = z
  .object({
    id,
    body: safeText(2000, {
      min: 1,
      multiline: true,
      tooShort: 'field.COMMENT_EMPTY',
      tooLong: 'field.COMMENT_TOO_LONG',
    }),
  })
  .strict();
export type WorkItemCommentInput = z.infer<typeof workItemCommentInputSchema>;

/** A link to a record in the product ("/…") or an https address. */
export const evidenceLinkInputSchema = z
  .object({
    id,
    label: safeText(200, { min: 2, tooShort: 'field.EVIDENCE_LABEL_REQUIRED' }),
    url: safeText(2000).refine((u) => /^\/[^/]/.test(u) || /^https:\/\/[^\s]+$/.test(u), 'field.EVIDENCE_URL'),
  })
  .strict();
export type EvidenceLinkInput = z.infer<typeof evidenceLinkInputSchema>;

export const signoffInputSchema = z.object({ year }).strict();
export const reopenYearInputSchema = z
  .object({ year, reason: safeText(500, { min: 5, multiline: true, tooShort: 'field.REOPEN_REASON_REQUIRED' }) })
  .strict();
export type ReopenYearInput = z.infer<typeof reopenYearInputSchema>;

/**
 * The patch a change implies: done means 100 %, not started 0 % (the roll-up counts them so). A cancelled item
 * changes only by being given a new status, which restores it and clears its cancel reason.
 */
export function normalizeWorkItemChange(
  change: Omit<WorkItemUpdateInput, 'id' | 'version'>,
  currentStatus?: 'not_started' | 'in_progress' | 'done' | 'cancelled',
) {
  if (currentStatus === 'cancelled' && !change.status) throw new DomainError('WORK_ITEM.CANCELLED');
  const restored = currentStatus === 'cancelled' ? { cancelReason: null } : {};
  if (change.status === 'done') return { ...change, ...restored, progress: 100 };
  if (change.status === 'not_started') return { ...change, ...restored, progress: 0 };
  return { ...change, ...restored };
}

const recordText = (tooLong: FieldMessageKey) => safeText(4000, { multiline: true, tooLong }).nullable();

/**
 * The chairman's record of a year: the year plan's issuing date (in that year or the one before — a year's plan is
 * issued before or early in its year) and the report's difficulties, next steps and proposals (empty = none).
 */
export const yearRecordInputSchema = z
  .object({
    year,
    planIssuedOn: isoDateSchema.nullable(),
    difficulties: recordText('field.DIFFICULTIES_TOO_LONG'),
    nextSteps: recordText('field.NEXT_STEPS_TOO_LONG'),
    proposals: recordText('field.PROPOSALS_TOO_LONG'),
  })
  .strict()
  .refine((r) => r.planIssuedOn === null || [r.year - 1, r.year].includes(Number(r.planIssuedOn.slice(0, 4))), {
    path: ['planIssuedOn'],
    message: 'field.PLAN_ISSUED_ON',
  });
export type YearRecordInput = z.infer<typeof yearRecordInputSchema>;
