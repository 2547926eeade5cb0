/**
 * Statistical reporting periods of the justice sector (Circular 03/2019/TT-BTP Art. 6.1, R-STAT-1):
 * - 6-month (`six_month`): 01/01–30/06, actual data 01/01–31/05, June estimated;
 * - annual preliminary (`annual_preliminary`, for the sector's annual review): 01/01–31/12, actual data to 31/10 for
 *   local units (Art. 2 clauses 3–12; 30/11 for clause 1–2 units), the rest estimated;
 * - annual official (`annual_official`): 01/01–31/12, all actual data.
 * The cut-offs are a parameter (`reportingRules`): the sheet marks commune level and submission deadlines ❓ (not read).
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { addDays, formatIsoDate } from './date-math.ts';
import { daysInMonth, type IsoDate } from './iso-date.ts';

export const reportingPeriodKindSchema = z.enum(['six_month', 'annual_preliminary', 'annual_official']);
export type ReportingPeriodKind = z.infer<typeof reportingPeriodKindSchema>;

const monthDay = z
  .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
  .strict()
  .refine((d) => d.day <= daysInMonth(2001, d.month), { message: 'field.DAY_OF_MONTH' });
const ruleSchema = z
  .object({
    /** First day of the period; in the year before when `startsPreviousYear` (some sectors count from 01/10). */
    periodStart: monthDay,
    startsPreviousYear: z.boolean(),
    /** Last day of the period, in the report's year. */
    periodEnd: monthDay,
    /** Last day of actual data; after it, data is an estimate. Equal to `periodEnd` when all data is actual. */
    actualTo: monthDay,
    /** Submission deadline, in the year after the period when `nextYear`; null while not verified (❓ TT 03/2019). */
    submitBy: monthDay.extend({ nextYear: z.boolean() }).nullable(),
  })
  .strict();

/** The cut-offs of each kind; `circular03Rules` are the defaults for a commune. */
export const reportingRulesSchema = z
  .object({ six_month: ruleSchema, annual_preliminary: ruleSchema, annual_official: ruleSchema })
  .strict();
export type ReportingRules = z.infer<typeof reportingRulesSchema>;

const jan1 = { month: 1, day: 1 };

/** Circular 03/2019/TT-BTP Art. 6.1 defaults for local (commune) units. */
export const circular03Rules: ReportingRules = {
  six_month: {
    periodStart: jan1,
    startsPreviousYear: false,
    periodEnd: { month: 6, day: 30 },
    actualTo: { month: 5, day: 31 },
    submitBy: null,
  },
  annual_preliminary: {
    periodStart: jan1,
    startsPreviousYear: false,
    periodEnd: { month: 12, day: 31 },
    actualTo: { month: 10, day: 31 },
    submitBy: null,
  },
  annual_official: {
    periodStart: jan1,
    startsPreviousYear: false,
    periodEnd: { month: 12, day: 31 },
    actualTo: { month: 12, day: 31 },
    submitBy: null,
  },
};

/** A dated reporting period: the whole span, the actual-data span, the estimated span (or null) and the due date. */
export type ReportingPeriod = {
  kind: ReportingPeriodKind;
  year: number;
  from: IsoDate;
  to: IsoDate;
  actualFrom: IsoDate;
  actualTo: IsoDate;
  estimateFrom: IsoDate | null;
  estimateTo: IsoDate | null;
  submitBy: IsoDate | null;
};

/** The period of a kind and year (Circular 03/2019/TT-BTP Art. 6.1, R-STAT-1). */
export function reportingPeriod(
  kind: ReportingPeriodKind,
  year: number,
  rules: ReportingRules = circular03Rules,
): ReportingPeriod {
  const parsed = z
    .object({
      kind: reportingPeriodKindSchema,
      year: z.number().int().min(2000).max(2100),
      rules: reportingRulesSchema,
    })
    .safeParse({ kind, year, rules });
  if (!parsed.success)
    throw new DomainError('CALENDAR.INVALID_INPUT', {
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    });
  const rule = parsed.data.rules[kind];
  const at = (d: { month: number; day: number }, y = year) =>
    formatIsoDate(y, d.month, Math.min(d.day, daysInMonth(y, d.month)));
  const from = at(rule.periodStart, rule.startsPreviousYear ? year - 1 : year);
  const to = at(rule.periodEnd);
  const actualTo = at(rule.actualTo);
  if (from > to || actualTo < from || actualTo > to)
    throw new DomainError('CALENDAR.INVALID_INPUT', {
      detail: `${kind}: số liệu thực tế đến ${actualTo} phải nằm trong kỳ ${from}–${to}`,
    });
  const hasEstimate = actualTo < to;
  return {
    kind,
    year,
    from,
    to,
    actualFrom: from,
    actualTo,
    estimateFrom: hasEstimate ? addDays(actualTo, 1) : null,
    estimateTo: hasEstimate ? to : null,
    submitBy: rule.submitBy ? at(rule.submitBy, rule.submitBy.nextYear ? year + 1 : year) : null,
  };
}
