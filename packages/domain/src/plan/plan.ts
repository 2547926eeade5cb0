/**
 * A commune's plan (kế hoạch) implementing Đề án 315 (Decision 315/QĐ-TTg): groups (the plan's numbered sections
 * under "II. NỘI DUNG THỰC HIỆN"), each with tasks (lettered points) that have a lead agency, coordinating agencies
 * and a timing.
 */
import { z } from 'zod';
import { agencyCodeSchema } from '../org/agencies.ts';
import { timingSchema } from './timing.ts';

export const planTaskSchema = z
  .object({
    /** Stable code as numbered in the plan: '1', '2.1', '3a', '8b'. */
    code: z.string().regex(/^\d+(\.\d+)?[a-z]?$/),
    /** The task's content, verbatim from the plan. */
    content: z.string().min(5),
    /** Lead agency ("Cơ quan chủ trì" / "Cơ quan thực hiện"). */
    leadAgency: agencyCodeSchema,
    /** Extra words of the plan about the lead's role, verbatim ("tham mưu kiện toàn đội ngũ tổ hòa giải ở cơ sở"). */
    leadNote: z.string().nullable(),
    /** Coordinating agencies ("Cơ quan phối hợp") that are named bodies. */
    coordinatingAgencies: z.array(agencyCodeSchema),
    /** The rest of the partner phrase, verbatim ("các phòng, ban chuyên môn có liên quan"), or null. */
    coordinatingOthers: z.string().nullable(),
    /** The timing as written in the plan ("Hàng năm.") and as a rule. */
    timingText: z.string().min(2),
    timing: timingSchema,
    /** What proves the work was done (minutes, decisions, reports, photos…). */
    expectedEvidence: z.array(z.string().min(2)),
    /** Relative weight in the group's progress roll-up (default 1). */
    weight: z.number().positive().default(1),
  })
  .strict();
export type PlanTask = z.infer<typeof planTaskSchema>;

/** A numbered section of the plan (a group of tasks). */
export const planGroupSchema = z
  .object({
    code: z.string().regex(/^\d+$/),
    title: z.string().min(5),
    /** Sub-activities listed without their own agencies or timing (2.1's bullet list), verbatim. */
    activities: z.array(z.string()).default([]),
    tasks: z.array(planTaskSchema).min(1),
    weight: z.number().positive().default(1),
  })
  .strict();
export type PlanGroup = z.infer<typeof planGroupSchema>;

export const planSchema = z
  .object({
    code: z.string().min(2).max(60),
    title: z.string().min(5),
    communeCode: z.string().regex(/^\d{5}$/),
    /** The legal basis cited in the plan's preamble. */
    basis: z.array(z.string()),
    /** First and last year the plan runs (inclusive). */
    startYear: z.number().int(),
    endYear: z.number().int(),
    groups: z.array(planGroupSchema).min(1),
    /** Funding sources (III. KINH PHÍ THỰC HIỆN), verbatim. */
    funding: z.array(z.string()),
  })
  .strict();
export type Plan = z.infer<typeof planSchema>;
