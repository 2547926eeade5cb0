/**
 * When a mediator must start after assignment — Law 35/2013 Art. 20.2, rule R-CASE-2: within 03 (calendar) days,
 * unless mediation is needed immediately or the parties agreed on another time.
 */
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { DomainError } from '../errors/domain-error.ts';
import type { CaseState } from './case-state.ts';
import { mediationDeadline } from './mediation-deadlines.ts';

/**
 * The last day to start (Law 35/2013 Art. 20.2; R-CASE-2): the assignment day when immediate, the agreed day when the
 * parties agreed one, else 3 days after assignment (moved off a rest day or holiday, Civil Code Art. 148.5).
 * @example caseStartDue('2026-02-13', { immediate: false, agreedStartOn: null }) // '2026-02-23' (Tết Bính Ngọ)
 */
export function caseStartDue(
  assignedOn: IsoDate,
  terms: { immediate: boolean; agreedStartOn: IsoDate | null },
  calendar: HolidayCalendar = vietnamCalendar,
): IsoDate {
  if (terms.immediate) return assignedOn;
  if (terms.agreedStartOn !== null) {
    if (terms.agreedStartOn < assignedOn)
      throw new DomainError('CASE.AGREED_START_BEFORE_ASSIGNMENT', {
        agreed: terms.agreedStartOn,
        assigned: assignedOn,
      });
    return terms.agreedStartOn;
  }
  return mediationDeadline('case_start', assignedOn, calendar);
}

/** True when an assigned case has not started and its start day has passed (R-CASE-2), for reminders. */
export function isCaseStartOverdue(state: Pick<CaseState, 'status' | 'startDueOn'>, today: IsoDate): boolean {
  return state.status === 'assigned' && state.startDueOn !== null && today > state.startDueOn;
}
