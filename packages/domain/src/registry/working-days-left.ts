/**
 * A deadline's countdown in working days, for the console to show (R-TIME-1): how many working days are left after
 * `today` up to and including `dueOn` (0 on the last day), or, once it has passed, how many working days late
 * (negative). Weekends, holidays and compensatory days do not count (Labour Code 2019 Art. 111–112).
 */
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { addDays } from '../calendar/date-math.ts';
import { parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { isWorkingDay } from '../calendar/is-working-day.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';

export type Countdown = { dueOn: IsoDate; workingDaysLeft: number; overdue: boolean };

/**
 * @example workingDaysLeft('2026-03-16', '2026-03-13') // { dueOn: '2026-03-16', workingDaysLeft: 1, overdue: false }
 */
export function workingDaysLeft(
  dueOn: IsoDate,
  today: IsoDate,
  calendar: HolidayCalendar = vietnamCalendar,
): Countdown {
  const due = parseIsoDate(dueOn);
  const from = parseIsoDate(today);
  let n = 0;
  if (from <= due) {
    for (let d = addDays(from, 1); d <= due; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) n += 1;
    return { dueOn: due, workingDaysLeft: n, overdue: false };
  }
  for (let d = addDays(due, 1); d <= from; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) n += 1;
  return { dueOn: due, workingDaysLeft: -n, overdue: true };
}
