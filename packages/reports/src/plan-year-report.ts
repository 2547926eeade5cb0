/**
 * The data of one year's implementation report of the commune's plan for Đề án 315 (Decision 315/QĐ-TTg): what the
 * writers print, already rolled up (progress 0–100 as `rollUpProgress` gives it). The report's date is part of the
 * data, so writing it reads no clock.
 */
import { isoDateSchema, workItemStatusSchema } from '@hgcs/domain';
import { z } from 'zod';

/** Printable text: XML 1.0 refuses control characters, so they are refused here rather than lost in the file. */
const text = (max: number) =>
  z.string().min(1).max(max).refine((s) => !/(?!\n)\p{Cc}/u.test(s), { message: 'Văn bản chứa ký tự điều khiển' });
const percent = z.number().min(0).max(100);
const count = z.number().int().min(0);

const itemSchema = z.object({
  label: text(500),
  dueDate: isoDateSchema.nullable(),
  status: workItemStatusSchema,
  progress: percent,
  responsible: text(200).nullable(),
  notes: text(2000).nullable(),
  evidenceCount: count,
}).strict();

const taskSchema = z.object({
  code: text(20),
  content: text(2000),
  leadAgency: text(300),
  coordinating: text(1000),
  timingText: text(500),
  progress: percent.nullable(),
  items: z.array(itemSchema),
}).strict();

const groupSchema = z.object({ code: text(20), title: text(1000), progress: percent.nullable(), tasks: z.array(taskSchema) }).strict();

/** One year's report ("Báo cáo kết quả thực hiện Kế hoạch … năm N"), from the issuer's header to the signature. */
export const planYearReportSchema = z.object({
  /** Issuing body (cơ quan ban hành) and its direct superior (cơ quan chủ quản), printed in capitals as given. */
  issuer: z.object({ parentName: text(200).nullable(), name: text(200) }).strict(),
  /** The full number and symbol ('125/BC-UBND'); null leaves the number blank for the clerk: 'Số:      /BC-UBND'. */
  documentNumber: text(50).nullable(),
  place: text(100),
  date: isoDateSchema,
  year: z.number().int().min(2000).max(2100),
  /** What follows "Kế hoạch" in the subtitle, as it should read there ('triển khai thực hiện Đề án “…” …'). */
  planTitle: text(1000),
  overall: z.object({ progress: percent.nullable(), total: count, done: count, overdue: count, cancelled: count }).strict()
    .refine((o) => o.done + o.overdue + o.cancelled <= o.total, { message: 'Số việc hoàn thành, quá hạn và đã hủy vượt quá tổng số' }),
  groups: z.array(groupSchema),
  /** 'Nơi nhận' lines without the dash; the writer adds '- Lưu: VT.' itself. */
  recipients: z.array(text(300).refine((r) => !/^[-\s]*Lưu\b/iu.test(r), { message: 'Dòng "Lưu: VT." do hệ thống tự thêm' })),
  signer: z.object({ authority: text(100), title: text(100), name: text(100).nullable() }).strict(),
}).strict();

export type PlanYearReport = z.infer<typeof planYearReportSchema>;
