/**
 * Counts N working days (ngày làm việc) after a date: the start day is not counted (Civil Code 2015 Art. 147),
 * weekly rest days and days off are skipped, worked-back Saturdays count (R-TIME-1).
 */
import { DomainError } from '../errors/domain-error.ts';
import { addDays } from './date-math.ts';
import type { HolidayCalendar } from './holiday-calendar.ts';
import { parseIsoDate, type IsoDate } from './iso-date.ts';
import { isWorkingDay } from './is-working-day.ts';
import { vietnamCalendar } from './vietnam-calendar.ts';

/** The largest count accepted (about 15 years of working days). */
export const maxWorkingDays = 3650;

/**
 * The `count`-th working day after `start` (0 → `start` itself). R-TIME-1, Civil Code 2015 Art. 147–148.
 * @example addWorkingDays('2026-02-12', 5) // '2026-02-26' — Tết Bính Ngọ (14–22/02) is skipped
 */
export function addWorkingDays(start: IsoDate, count: number, calendar: HolidayCalendar = vietnamCalendar): IsoDate {
  let day = parseIsoDate(start);
  if (!Number.isInteger(count) || count < 0 || count > maxWorkingDays) {
    throw new DomainError('CALENDAR.INVALID_PERIOD', {
      detail: `số ngày làm việc phải là số nguyên từ 0 đến ${maxWorkingDays} (${count})`,
    });
  }
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}
