/**
 * R-TIME-1 — the one function that computes every legal deadline (Civil Code 2015 Art. 147–148, which civil
 * procedure and administrative procedures follow unless a law says otherwise):
 * - the first day is not counted: the period starts the day after `start` (Art. 147);
 * - `days` are calendar days; `working_days` skip weekly rest days and holidays;
 * - `months`/`years` end on the corresponding day of the last month, or on that month's last day when it has none
 *   (Art. 148.1–148.4, 148.6);
 * - an end on a weekly rest day or a holiday moves to the next working day (Art. 148.5).
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { addWorkingDays, maxWorkingDays } from './add-working-days.ts';
import { addDays, addMonthsClamped } from './date-math.ts';
import type { HolidayCalendar } from './holiday-calendar.ts';
import { parseIsoDate, type IsoDate } from './iso-date.ts';
import { nextWorkingDayOnOrAfter } from './is-working-day.ts';
import { vietnamCalendar } from './vietnam-calendar.ts';

const limits = { days: 36_500, working_days: maxWorkingDays, months: 1_200, years: 100 } as const;

/** A period as the law writes it ("05 ngày làm việc", "06 tháng"): a positive whole amount and its unit. */
export const deadlinePeriodSchema = z
  .object({
    amount: z.number().int().positive(),
    unit: z.enum(['days', 'working_days', 'months', 'years']),
  })
  .strict()
  .refine((p) => p.amount <= limits[p.unit], { message: 'field.PERIOD_TOO_LONG' });
export type DeadlinePeriod = z.infer<typeof deadlinePeriodSchema>;

/**
 * The last day of a period that starts after `start` (R-TIME-1, Civil Code 2015 Art. 147–148).
 * @example computeDeadline('2025-08-31', { amount: 6, unit: 'months' }) // '2026-03-02': 28/02/2026 is a Saturday
 */
export function computeDeadline(
  start: IsoDate,
  period: DeadlinePeriod,
  calendar: HolidayCalendar = vietnamCalendar,
): IsoDate {
  const from = parseIsoDate(start);
  const parsed = deadlinePeriodSchema.safeParse(period);
  if (!parsed.success)
    throw new DomainError('CALENDAR.INVALID_PERIOD', { detail: parsed.error.issues.map((i) => i.message).join('; ') });
  const { amount, unit } = parsed.data;
  if (unit === 'working_days') return addWorkingDays(from, amount, calendar);
  const nominalEnd =
    unit === 'days' ? addDays(from, amount) : addMonthsClamped(from, unit === 'months' ? amount : amount * 12);
  return nextWorkingDayOnOrAfter(nominalEnd, calendar);
}
