/**
 * Input shapes for running the plan (validated at the API edge): listing, updating, cancelling work items,
 * recording a request (4a "Khi có yêu cầu"), entering a higher plan's dates (7b, 8a), comments, evidence links,
 * and the chairman's sign-off.
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';

const id = z.string().uuid('Mã công việc không hợp lệ');
const version = z.number().int().min(1);
const year = z.number().int().min(2024, 'Năm ngoài giai đoạn kế hoạch').max(2035, 'Năm ngoài giai đoạn kế hoạch');
const taskCode = z.string().regex(/^\d+(\.\d+)?[a-z]?$/, 'Mã nhiệm vụ không hợp lệ');

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
    progress: z.number().int().min(0, 'Tiến độ từ 0 đến 100').max(100, 'Tiến độ từ 0 đến 100').optional(),
    responsible: safeText(120, { tooLong: 'Tên người phụ trách quá dài' }).nullable().optional(),
    notes: safeText(4000, { multiline: true, tooLong: 'Ghi chú quá dài' }).nullable().optional(),
    dueDate: isoDateSchema.optional(),
  })
  .strict();
export type WorkItemUpdateInput = z.infer<typeof workItemUpdateInputSchema>;

export const workItemCancelInputSchema = z
  .object({ id, version, reason: safeText(500, { min: 3, multiline: true, tooShort: 'Vui lòng ghi lý do hủy' }) })
  .strict();
export type WorkItemCancelInput = z.infer<typeof workItemCancelInputSchema>;

export const recordRequestInputSchema = z
  .object({
    taskCode,
    requestedBy: safeText(200, { min: 2, tooShort: 'Vui lòng ghi cơ quan, người yêu cầu' }),
    requestedOn: isoDateSchema,
    reason: safeText(2000, { min: 3, multiline: true, tooShort: 'Vui lòng ghi nội dung yêu cầu' }),
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
    body: safeText(2000, { min: 1, multiline: true, tooShort: 'Nội dung trống', tooLong: 'Ý kiến quá dài' }),
  })
  .strict();
export type WorkItemCommentInput = z.infer<typeof workItemCommentInputSchema>;

/** A link to a record in the product ("/…") or an https address. */
export const evidenceLinkInputSchema = z
  .object({
    id,
    label: safeText(200, { min: 2, tooShort: 'Vui lòng ghi tên minh chứng' }),
    url: safeText(2000).refine(
      (u) => /^\/[^/]/.test(u) || /^https:\/\/[^\s]+$/.test(u),
      'Đường dẫn phải bắt đầu bằng / hoặc https://',
    ),
  })
  .strict();
export type EvidenceLinkInput = z.infer<typeof evidenceLinkInputSchema>;

export const signoffInputSchema = z.object({ year }).strict();
export const reopenYearInputSchema = z
  .object({ year, reason: safeText(500, { min: 5, multiline: true, tooShort: 'Vui lòng ghi lý do mở lại' }) })
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

const recordText = (tooLong: string) => safeText(4000, { multiline: true, tooLong }).nullable();

/**
 * The chairman's record of a year: the year plan's issuing date (in that year or the one before — a year's plan is
 * issued before or early in its year) and the report's difficulties, next steps and proposals (empty = none).
 */
export const yearRecordInputSchema = z
  .object({
    year,
    planIssuedOn: isoDateSchema.nullable(),
    difficulties: recordText('Phần khó khăn, vướng mắc quá dài'),
    nextSteps: recordText('Phần nhiệm vụ thời gian tới quá dài'),
    proposals: recordText('Phần đề xuất, kiến nghị quá dài'),
  })
  .strict()
  .refine((r) => r.planIssuedOn === null || [r.year - 1, r.year].includes(Number(r.planIssuedOn.slice(0, 4))), {
    path: ['planIssuedOn'],
    message: 'Ngày ban hành kế hoạch năm phải thuộc năm đó hoặc năm trước',
  });
export type YearRecordInput = z.infer<typeof yearRecordInputSchema>;
