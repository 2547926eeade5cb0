/**
 * When a plan task is done, as the plan writes it ("Thời gian thực hiện"). Every form of the Pờ Tó plan:
 * yearly, a year range, on demand, following a higher-level plan, a fixed year, and a composite of labelled parts (8a).
 */
import { z } from 'zod';

const year = z.number().int().min(2000).max(2100);

export const yearlyTimingSchema = z.object({ kind: z.literal('yearly') }).strict();
export const yearRangeTimingSchema = z
  .object({ kind: z.literal('year_range'), from: year, to: year })
  .strict()
  .refine((t) => t.from <= t.to, { message: 'field.YEARS_ORDER' });
export const onDemandTimingSchema = z.object({ kind: z.literal('on_demand') }).strict();
/** Dates come from a higher-level plan (`issuer`: "Sở Tư pháp tỉnh", "cấp trên"), entered by staff when known. */
export const higherPlanTimingSchema = z
  .object({ kind: z.literal('higher_plan'), issuer: z.string().min(2).max(120) })
  .strict();
export const fixedYearTimingSchema = z.object({ kind: z.literal('fixed_year'), year }).strict();

export const simpleTimingSchema = z.union([
  yearlyTimingSchema,
  yearRangeTimingSchema,
  onDemandTimingSchema,
  higherPlanTimingSchema,
  fixedYearTimingSchema,
]);
export type SimpleTiming = z.infer<typeof simpleTimingSchema>;

/** Several labelled timings in one task (8a: "Kiểm tra, khảo sát: Hàng năm; Sơ kết: …; Tổng kết: Năm 2030"). */
export const compositeTimingSchema = z
  .object({
    kind: z.literal('composite'),
    parts: z
      .array(
        z.object({ key: z.string().regex(/^[a-z_]+$/), label: z.string().min(2), timing: simpleTimingSchema }).strict(),
      )
      .min(2),
  })
  .strict();

export const timingSchema = z.union([simpleTimingSchema, compositeTimingSchema]);
/** A task's timing rule. */
export type Timing = z.infer<typeof timingSchema>;
