/**
 * Whether a day is a working day (ngày làm việc): not a weekly rest day unless worked back (làm bù), and not a
 * day off of the calendar. Source: Labour Code 2019 Art. 111–112; Civil Code 2015 Art. 148.5 (R-TIME-1).
 */
import { DomainError } from '../errors/domain-error.ts';
import { addDays, isoWeekday, splitIsoDate } from './date-math.ts';
import type { HolidayCalendar } from './holiday-calendar.ts';
import { parseIsoDate, type IsoDate } from './iso-date.ts';
import { vietnamCalendar } from './vietnam-calendar.ts';

type CalendarIndex = {
  weekend: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  extraWorkingDays: ReadonlySet<string>;
};
const indexes = new WeakMap<HolidayCalendar, CalendarIndex>();

function indexOf(calendar: HolidayCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (!index) {
    index = {
      weekend: new Set(calendar.weekendDays),
      holidays: new Set(calendar.holidays.map((h) => h.date)),
      extraWorkingDays: new Set(calendar.extraWorkingDays.map((d) => d.date)),
    };
    indexes.set(calendar, index);
  }
  return index;
}

/** Throws `CALENDAR.OUT_OF_RANGE` for a day whose holidays the calendar does not know. */
export function assertCovered(date: IsoDate, calendar: HolidayCalendar): void {
  if (date < calendar.coversFrom || date > calendar.coversTo) {
    throw new DomainError('CALENDAR.OUT_OF_RANGE', {
      date,
      from: calendar.coversFrom,
      to: calendar.coversTo,
      year: splitIsoDate(date).year,
    });
  }
}

/** True on a working day of the calendar (Labour Code 2019 Art. 111–112). */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar = vietnamCalendar): boolean {
  const day = parseIsoDate(date);
  assertCovered(day, calendar);
  const index = indexOf(calendar);
  if (index.extraWorkingDays.has(day)) return true;
  return !index.weekend.has(isoWeekday(day)) && !index.holidays.has(day);
}

/** The day itself when it is a working day, else the next working day (Civil Code 2015 Art. 148.5). */
export function nextWorkingDayOnOrAfter(date: IsoDate, calendar: HolidayCalendar = vietnamCalendar): IsoDate {
  let day = parseIsoDate(date);
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}
