/**
 * How sure a calendar is of a year's days off: announced by the Government, or computed by the Labour Code rule and
 * so provisional ("dự kiến") until the announcement is entered — Labour Code 2019 Art. 111–112; domain reference §11.
 * A deadline whose counting crosses a provisional year may move when the year is announced.
 */
import { splitIsoDate } from './date-math.ts';
import type { HolidayCalendar } from './holiday-calendar.ts';
import { parseIsoDate, type IsoDate } from './iso-date.ts';
import { vietnamCalendar } from './vietnam-calendar.ts';

/** A year of the calendar: `announced` false means its days off are the statutory estimate. */
export type HolidayYearStatus = { year: number; announced: boolean; covered: boolean };

/**
 * Whether the calendar holds `year` and whether its days off are announced (false: show "dự kiến").
 * @example holidayYearStatus(2031) // { year: 2031, announced: false, covered: true }
 */
export function holidayYearStatus(year: number, calendar: HolidayCalendar = vietnamCalendar): HolidayYearStatus {
  const covered = `${year}-01-01` >= calendar.coversFrom && `${year}-12-31` <= calendar.coversTo;
  return { year, announced: calendar.announcedYears.includes(year), covered };
}

/**
 * True when counting from `start` to `end` crosses a year whose days off are not announced, so the end day is an
 * estimate (R-TIME-1 on a provisional calendar).
 * @example isProvisionalSpan('2030-08-31', '2031-02-28') // true
 */
export function isProvisionalSpan(start: IsoDate, end: IsoDate, calendar: HolidayCalendar = vietnamCalendar): boolean {
  const from = splitIsoDate(parseIsoDate(start)).year;
  const to = splitIsoDate(parseIsoDate(end)).year;
  for (let year = Math.min(from, to); year <= Math.max(from, to); year++)
    if (!calendar.announcedYears.includes(year)) return true;
  return false;
}
