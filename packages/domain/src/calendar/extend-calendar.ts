/**
 * Adds the office's own dates to a calendar: the Government's yearly announcement (Labour Code 2019 Art. 112.3
 * lets it set the exact Tết days and swaps), a new year's holidays, or a correction of a `statutory` year.
 * An entry replaces any earlier entry for the same date; `removedDates` drop earlier entries.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import {
  extraWorkingDaySchema,
  holidayCalendarSchema,
  holidaySchema,
  type HolidayCalendar,
} from './holiday-calendar.ts';
import { isoDateSchema } from './iso-date.ts';

/** What an administrator enters: days off, extra working days, dates to drop, and a wider span of known years. */
export const calendarExtensionSchema = z
  .object({
    holidays: z.array(holidaySchema).default([]),
    extraWorkingDays: z.array(extraWorkingDaySchema).default([]),
    removedDates: z.array(isoDateSchema).default([]),
    coversFrom: isoDateSchema.optional(),
    coversTo: isoDateSchema.optional(),
    /** Years the office now holds announced in full (the Government's yearly notice entered). */
    announcedYears: z.array(z.number().int().min(1900).max(9999)).default([]),
  })
  .strict();
export type CalendarExtension = z.input<typeof calendarExtensionSchema>;

/** A new calendar with the extension applied (the given calendar is not changed). Labour Code 2019 Art. 111–112. */
export function extendCalendar(calendar: HolidayCalendar, extension: CalendarExtension): HolidayCalendar {
  const parsed = calendarExtensionSchema.safeParse(extension);
  if (!parsed.success)
    throw new DomainError('CALENDAR.INVALID_INPUT', {
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    });
  const ext = parsed.data;
  const offDates = new Set(ext.holidays.map((h) => h.date));
  const clash = ext.extraWorkingDays.find((d) => offDates.has(d.date));
  if (clash) throw new DomainError('CALENDAR.CONFLICTING_DAY', { date: clash.date });
  const touched = new Set([...offDates, ...ext.extraWorkingDays.map((d) => d.date), ...ext.removedDates]);
  const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const next = {
    ...calendar,
    holidays: [...calendar.holidays.filter((h) => !touched.has(h.date)), ...ext.holidays].sort(byDate),
    extraWorkingDays: [...calendar.extraWorkingDays.filter((d) => !touched.has(d.date)), ...ext.extraWorkingDays].sort(
      byDate,
    ),
    coversFrom:
      ext.coversFrom !== undefined && ext.coversFrom < calendar.coversFrom ? ext.coversFrom : calendar.coversFrom,
    coversTo: ext.coversTo !== undefined && ext.coversTo > calendar.coversTo ? ext.coversTo : calendar.coversTo,
    announcedYears: [...new Set([...calendar.announcedYears, ...ext.announcedYears])].sort((a, b) => a - b),
  };
  const checked = holidayCalendarSchema.safeParse(next);
  if (!checked.success)
    throw new DomainError('CALENDAR.INVALID_INPUT', { detail: checked.error.issues.map((i) => i.message).join('; ') });
  return checked.data;
}
