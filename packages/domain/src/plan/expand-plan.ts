/**
 * Expands a plan's timings into work items per task (and per composite part) per year — the "Thời gian thực hiện"
 * of each task in the commune plan implementing Đề án 315 ([SEED] section II):
 * - `yearly` ("Hàng năm"): one item a year, due on the default due day (31/12 unless given);
 * - `year_range` ("Năm 2027 - 2030"): one a year, only in those years; `fixed_year` ("Năm 2030"): once;
 * - `on_demand` / `higher_plan`: one undated placeholder, dated later with `scheduleWorkItem`;
 * - `composite` (8a): each part as above, with its `partKey`.
 * Only years inside both the plan (startYear–endYear) and the requested window are produced.
 */
import { z } from 'zod';
import { formatIsoDate } from '../calendar/date-math.ts';
import { daysInMonth } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';
import { parsePlan } from './parse-plan.ts';
import type { Plan } from './plan.ts';
import type { SimpleTiming } from './timing.ts';
import type { WorkItemOccurrence } from './work-item.ts';

const year = z.number().int().min(2000).max(2100);

/** The window of years to expand and the default due day of a year's item (day clamped to the month's end). */
export const expandPlanOptionsSchema = z
  .object({
    fromYear: year,
    toYear: year,
    dueMonth: z.number().int().min(1).max(12).default(12),
    dueDay: z.number().int().min(1).max(31).default(31),
  })
  .strict()
  .refine((o) => o.fromYear <= o.toYear, { message: 'field.YEARS_ORDER', path: ['toYear'] })
  .refine((o) => o.dueDay <= daysInMonth(2024, o.dueMonth), { message: 'field.DUE_DAY', path: ['dueDay'] });
export type ExpandPlanOptions = z.input<typeof expandPlanOptionsSchema>;

/** Work-item occurrences of a plan in a window of years (commune plan for Đề án 315, section II timings). */
export function expandPlan(plan: Plan, options: ExpandPlanOptions): WorkItemOccurrence[] {
  const checked = parsePlan(plan);
  const parsed = expandPlanOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new DomainError('PLAN.INVALID_INPUT', {
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    });
  const { fromYear, toYear, dueMonth, dueDay } = parsed.data;
  const first = Math.max(fromYear, checked.startYear);
  const last = Math.min(toYear, checked.endYear);
  if (first > last) return [];
  const dueIn = (y: number) => formatIsoDate(y, dueMonth, Math.min(dueDay, daysInMonth(y, dueMonth)));
  const yearsBetween = (a: number, b: number) =>
    Array.from({ length: Math.max(0, Math.min(b, last) - Math.max(a, first) + 1) }, (_, i) => Math.max(a, first) + i);

  const occurrences = (taskCode: string, partKey: string | null, timing: SimpleTiming): WorkItemOccurrence[] => {
    const dated = (years: number[]) =>
      years.map((y): WorkItemOccurrence => ({ taskCode, partKey, year: y, dueDate: dueIn(y), kind: 'scheduled' }));
    switch (timing.kind) {
      case 'yearly':
        return dated(yearsBetween(first, last));
      case 'year_range':
        return dated(yearsBetween(timing.from, timing.to));
      case 'fixed_year':
        return dated(yearsBetween(timing.year, timing.year));
      case 'on_demand':
        return [{ taskCode, partKey, year: null, dueDate: null, kind: 'awaiting_request' }];
      case 'higher_plan':
        return [{ taskCode, partKey, year: null, dueDate: null, kind: 'awaiting_higher_plan' }];
    }
  };
  return checked.groups.flatMap((g) =>
    g.tasks.flatMap((t) =>
      t.timing.kind === 'composite'
        ? t.timing.parts.flatMap((p) => occurrences(t.code, p.key, p.timing))
        : occurrences(t.code, null, t.timing),
    ),
  );
}
