/**
 * When the commune chairman must have decided a recognition: within 05 working days of receiving the list of elected
 * mediators, or the proposal of an elected team leader (TTHC "công nhận hòa giải viên", "công nhận tổ trưởng tổ hòa
 * giải", QĐ 2338/QĐ-BTP; Law 35/2013 Art. 8.4, 14.2). Weekends, public holidays and compensatory days are skipped.
 */
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { mediationDeadline } from './mediation-deadlines.ts';

/**
 * The last day for the chairman's recognition decision on mediators (R-MED-2).
 * @example mediatorRecognitionDue('2026-02-12') // '2026-02-26' — Tết 14–22/02/2026 does not count
 */
export function mediatorRecognitionDue(listReceivedOn: IsoDate, calendar: HolidayCalendar = vietnamCalendar): IsoDate {
  return mediationDeadline('mediator_recognition', parseIsoDate(listReceivedOn), calendar);
}

/** The last day for the chairman's recognition decision on a team leader (Law 35/2013 Art. 14.2; TTHC). */
export function teamLeaderRecognitionDue(
  proposalReceivedOn: IsoDate,
  calendar: HolidayCalendar = vietnamCalendar,
): IsoDate {
  return mediationDeadline('team_leader_recognition', parseIsoDate(proposalReceivedOn), calendar);
}
