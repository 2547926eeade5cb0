/**
 * A holiday calendar: the weekly rest days, the dated days off (public holidays, compensatory and swapped days)
 * and the extra working days (làm bù). Working-day counting (R-TIME-1) reads it; the office extends it each year.
 * Sources: Labour Code 2019 Art. 111–112; the Government's yearly announcement of days off for civil servants.
 */
import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';

/**
 * Why a day is off: `public_holiday` (ngày lễ, tết — Labour Code 2019 Art. 112.1), `compensatory` (nghỉ bù when a
 * holiday falls on a weekly rest day — Art. 111.3), `swapped` (ngày nghỉ hoán đổi, worked back on an extra working
 * day), `local` (another day off entered by the office).
 */
export const holidayKindSchema = z.enum(['public_holiday', 'compensatory', 'swapped', 'local']);
export type HolidayKind = z.infer<typeof holidayKindSchema>;

/** One dated day off (ngày nghỉ). */
export const holidaySchema = z
  .object({
    date: isoDateSchema,
    name: z.string().trim().min(2).max(160),
    kind: holidayKindSchema,
  })
  .strict();
export type Holiday = z.infer<typeof holidaySchema>;

/** A weekly rest day that is worked (làm bù), e.g. a Saturday paying back a swapped day. */
export const extraWorkingDaySchema = z
  .object({
    date: isoDateSchema,
    name: z.string().trim().min(2).max(160),
  })
  .strict();
export type ExtraWorkingDay = z.infer<typeof extraWorkingDaySchema>;

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export const weekdaySchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
  z.literal(7),
]);

/**
 * The calendar value. `coversFrom`–`coversTo` is the span whose days off are known: counting outside it is refused
 * (`CALENDAR.OUT_OF_RANGE`) rather than silently ignoring an unknown Tết.
 */
export const holidayCalendarSchema = z
  .object({
    name: z.string().min(2).max(120),
    /** Weekly rest days; Saturday and Sunday for state agencies (40-hour week, QĐ 188/1999/QĐ-TTg; Labour Code 2019 Art. 111). */
    weekendDays: z.array(weekdaySchema).max(6),
    holidays: z.array(holidaySchema),
    extraWorkingDays: z.array(extraWorkingDaySchema),
    coversFrom: isoDateSchema,
    coversTo: isoDateSchema,
    /**
     * The years whose days off the Government has announced in full; the others are computed by the Labour Code rule
     * and shown as provisional ("dự kiến") — see `holidayYearStatus`.
     */
    announcedYears: z.array(z.number().int().min(1900).max(9999)).default([]),
  })
  .strict()
  .refine((c) => c.coversFrom <= c.coversTo, { message: 'field.CALENDAR_DATES_ORDER' });
export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;
