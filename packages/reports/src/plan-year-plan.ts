/**
 * The data of one year's work plan of the commune under its plan for Đề án 315 (Decision 315/QĐ-TTg): "Kế hoạch
 * Triển khai thực hiện Đề án … năm N" — the year's work items grouped as the plan's section II groups them, the
 * plan's funding lines, and the document's frame. The plan's date is part of the data, so writing it reads no clock.
 */
import { isoDateSchema } from '@hgcs/domain';
import { z } from 'zod';
import { documentFrameShape, printable as text } from './document-frame.ts';

/** One work item of the year: its task as the plan writes it, and what the item adds (part, due date). */
const workSchema = z
  .object({
    taskCode: text(20),
    content: text(2000),
    /** The part of a composite task this item is ('Kiểm tra, khảo sát' of 8a), else null. */
    part: text(200).nullable(),
    leadAgency: text(300),
    coordinating: text(1000),
    /** The plan's words for when ('Hàng năm.'); for a part, that part's words. */
    timingText: text(500),
    dueDate: isoDateSchema.nullable(),
    /** What should prove the work done (minutes, decisions, reports…), one line each. */
    expectedEvidence: z.array(text(300)),
  })
  .strict();

const groupSchema = z
  .object({
    code: text(20),
    title: text(1000),
    /** Activities the plan lists under the group without their own agencies or timing (2.1's bullets), verbatim. */
    activities: z.array(text(2000)),
    items: z.array(workSchema),
  })
  .strict();

/** One year's plan ("KẾ HOẠCH … năm N"), from the issuer's header to the signature. */
export const planYearPlanSchema = z
  .object({
    issuer: documentFrameShape.issuer,
    /** The full number and symbol ('12/KH-UBND'); null leaves the number blank for the clerk: 'Số:      /KH-UBND'. */
    documentNumber: documentFrameShape.documentNumber,
    place: documentFrameShape.place,
    date: documentFrameShape.date,
    year: z.number().int().min(2000).max(2100),
    /**
     * The plan's title as it stands under 'KẾ HOẠCH' ('Triển khai thực hiện Đề án “…” trên địa bàn xã Pờ Tó'); in
     * running text the writers lower its first letter ('Kế hoạch triển khai…'), so it should open with its verb.
     */
    planTitle: text(1000),
    groups: z.array(groupSchema),
    /** III. KINH PHÍ THỰC HIỆN, one line per source, verbatim from the plan. */
    funding: z.array(text(1000)),
    recipients: documentFrameShape.recipients,
    signer: documentFrameShape.signer,
  })
  .strict();

export type PlanYearPlan = z.infer<typeof planYearPlanSchema>;
export type PlanYearWork = PlanYearPlan['groups'][number]['items'][number];

/** The title in running text: 'Triển khai…' → 'triển khai…'; a title opening with an acronym ('UBND…') stays. */
export function titleInSentence(title: string): string {
  const [first = '', second = ''] = title;
  return second === second.toLocaleUpperCase('vi-VN')
    ? title
    : first.toLocaleLowerCase('vi-VN') + title.slice(first.length);
}

/** The item's content as both writers print it: the task's words, then the part on a line of its own. */
export function workContent(work: PlanYearWork): string {
  return work.part === null ? work.content : `${work.content}\n(${work.part})`;
}

/** Task codes each lead agency chairs, agencies in order of first appearance, codes in plan order without repeats. */
export function tasksByLead(plan: PlanYearPlan): { leadAgency: string; taskCodes: string[] }[] {
  const byLead = new Map<string, string[]>();
  for (const work of plan.groups.flatMap((g) => g.items)) {
    const codes = byLead.get(work.leadAgency) ?? [];
    if (!codes.includes(work.taskCode)) codes.push(work.taskCode);
    byLead.set(work.leadAgency, codes);
  }
  return [...byLead].map(([leadAgency, taskCodes]) => ({ leadAgency, taskCodes }));
}
