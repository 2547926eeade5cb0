/**
 * The window to ask a court to recognise a successful out-of-court mediation — Civil Procedure Code 2015
 * Art. 418.1 (06 months from the day the parties reached agreement), rule R-COURT-1.
 */
import { daysBetween } from '../calendar/date-math.ts';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { isProvisionalSpan } from '../calendar/holiday-year-status.ts';
import { parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { mediationDeadline } from './mediation-deadlines.ts';

/**
 * The last day to file, whether it is still open on `today`, how many calendar days remain (0 on the last day), and
 * whether the deadline rests on a year whose days off are not yet announced (show it as "dự kiến").
 */
export type CourtRecognitionWindow = { deadline: IsoDate; open: boolean; daysLeft: number; provisional: boolean };

/**
 * The court-recognition window of an agreement reached on `agreementOn`, seen on `today` (BLTTDS 2015 Art. 418.1;
 * R-COURT-1). Months end on the corresponding day, a rest day or holiday moves the end (Civil Code Art. 148); after
 * 2030 the statutory calendar (Labour Code 2019 Art. 111–112) counts, and the result says it is provisional.
 * @example courtRecognitionWindow('2025-08-31', '2026-01-10').deadline // '2026-03-02'
 */
export function courtRecognitionWindow(
  agreementOn: IsoDate,
  today: IsoDate,
  calendar: HolidayCalendar = vietnamCalendar,
): CourtRecognitionWindow {
  const deadline = mediationDeadline('court_recognition_request', parseIsoDate(agreementOn), calendar);
  const daysLeft = Math.max(0, daysBetween(parseIsoDate(today), deadline));
  return {
    deadline,
    open: today <= deadline,
    daysLeft,
    provisional: isProvisionalSpan(agreementOn, deadline, calendar),
  };
}
