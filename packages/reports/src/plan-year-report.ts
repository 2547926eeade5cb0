/**
 * The data of one year's implementation report of the commune's plan for Đề án 315 (Decision 315/QĐ-TTg): what the
 * writers print, already rolled up (progress 0–100 as `rollUpProgress` gives it). The report's date is part of the
 * data, so writing it reads no clock.
 */
import { isoDateSchema, workItemStatusSchema } from '@hgcs/domain';
import { z } from 'zod';
import { documentFrameShape, printable as text } from './document-frame.ts';

const percent = z.number().min(0).max(100);
const count = z.number().int().min(0);

const itemSchema = z
  .object({
    label: text(500),
    dueDate: isoDateSchema.nullable(),
    status: workItemStatusSchema,
    progress: percent,
    responsible: text(200).nullable(),
    notes: text(2000).nullable(),
    evidenceCount: count,
  })
  .strict();

const taskSchema = z
  .object({
    code: text(20),
    content: text(2000),
    leadAgency: text(300),
    coordinating: text(1000),
    timingText: text(500),
    progress: percent.nullable(),
    items: z.array(itemSchema),
  })
  .strict();

const groupSchema = z
  .object({ code: text(20), title: text(1000), progress: percent.nullable(), tasks: z.array(taskSchema) })
  .strict();

/** One year's report ("Báo cáo kết quả thực hiện Kế hoạch … năm N"), from the issuer's header to the signature. */
export const planYearReportSchema = z
  .object({
    issuer: documentFrameShape.issuer,
    /** The full number and symbol ('125/BC-UBND'); null leaves the number blank for the clerk: 'Số:      /BC-UBND'. */
    documentNumber: documentFrameShape.documentNumber,
    place: documentFrameShape.place,
    /** The day the figures are counted to ('Tính đến ngày …'), also the report's date. */
    date: isoDateSchema,
    year: z.number().int().min(2000).max(2100),
    /** What follows "Kế hoạch" in the subtitle, as it should read there ('triển khai thực hiện Đề án “…” …'). */
    planTitle: text(1000),
    overall: z
      .object({ progress: percent.nullable(), total: count, done: count, overdue: count, cancelled: count })
      .strict()
      .refine((o) => o.done + o.overdue + o.cancelled <= o.total, {
        message: 'Số việc hoàn thành, quá hạn và đã hủy vượt quá tổng số',
      }),
    groups: z.array(groupSchema),
    /** III–V: what the chairman wrote for the year (null: nothing to report, printed 'Không có.'). */
    assessment: z
      .object({
        difficulties: text(4000).nullable(),
        nextSteps: text(4000).nullable(),
        proposals: text(4000).nullable(),
      })
      .strict(),
    recipients: documentFrameShape.recipients,
    signer: documentFrameShape.signer,
  })
  .strict();

export type PlanYearReport = z.infer<typeof planYearReportSchema>;

/** Sections III–V, from the chairman's record of the year. */
export const assessmentSections = [
  { heading: 'III. KHÓ KHĂN, VƯỚNG MẮC', key: 'difficulties' },
  { heading: 'IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI', key: 'nextSteps' },
  { heading: 'V. ĐỀ XUẤT, KIẾN NGHỊ', key: 'proposals' },
] as const;
