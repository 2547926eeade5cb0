/**
 * The start-deadline countdown shown on an assigned case — Law 35/2013 Art. 20.2, rule R-CASE-2: the last day to
 * start is `startDueOn` (set by `transitionCase` with the holiday calendar); this says how many working days are
 * left before it, or how many days it is late.
 */
import { daysBetween, addDays } from '../calendar/date-math.ts';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { isWorkingDay } from '../calendar/is-working-day.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import type { CaseStatus } from '../mediation/case-state.ts';

/** The countdown: the due day, working days left after today up to it, and the days late once it has passed. */
export type StartCountdown = { dueOn: IsoDate; workingDaysLeft: number; daysLate: number; overdue: boolean };

/**
 * The countdown of an assigned case that has not started, else null. Working days left counts the working days
 * after `today` up to and including the due day (0 on the due day itself, or when only rest days remain).
 * @example startCountdown({ status: 'assigned', startDueOn: '2026-02-23' }, '2026-02-13') // { dueOn: '2026-02-23', workingDaysLeft: 1, … } — Tết
 */
export function startCountdown(
  state: { status: CaseStatus; startDueOn: IsoDate | null },
  today: IsoDate,
  calendar: HolidayCalendar = vietnamCalendar,
): StartCountdown | null {
  if (state.status !== 'assigned' || state.startDueOn === null) return null;
  const dueOn = state.startDueOn;
  if (today > dueOn) return { dueOn, workingDaysLeft: 0, daysLate: daysBetween(dueOn, today), overdue: true };
  let left = 0;
  for (let day = addDays(today, 1); day <= dueOn; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) left += 1;
  return { dueOn, workingDaysLeft: left, daysLate: 0, overdue: false };
}
