/**
 * Moves a mediation case by one event — Law 35/2013 Art. 16–27, rules R-CASE-1 (table), R-CASE-2 (start due),
 * R-CASE-3 (written record complete). Refuses every move the table does not list, and every role it does not name.
 */
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { isoDateSchema, type IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { DomainError } from '../errors/domain-error.ts';
import { roleSchema, type Role } from '../org/roles.ts';
import { caseEventSchema, type CaseEvent, type CaseEventInput } from './case-events.ts';
import { caseStartDue } from './case-start-deadline.ts';
import { caseStateSchema, type CaseState, type CaseStateInput } from './case-state.ts';
import { findCaseTransition } from './case-transitions.ts';
import { checkWrittenAgreement } from './check-written-agreement.ts';
import { parseInput } from '../errors/parse-input.ts';

/**
 * The case's next state after `event`, recorded by `actorRole` on `now` (R-CASE-1..3). Throws DomainError:
 * `CASE.ILLEGAL_TRANSITION`, `CASE.ROLE_NOT_ALLOWED`, `CASE.DATE_BEFORE_LAST_CHANGE`, `CASE.MEDIATOR_CONFLICTED`,
 * `CASE.WRITTEN_AGREEMENT_INCOMPLETE`, `CASE.AGREED_START_BEFORE_ASSIGNMENT`, `CASE.REPORT_REQUIRED` (out of scope after
 * assignment without naming the body the matter was reported to, Art. 10.5), `INPUT.INVALID`.
 * @example transitionCase(receiveCase('2026-03-02'), { type: 'assign', mediators: [{ mediatorId: 'm1', conflicted: false }] }, 'team_leader', '2026-03-02')
 */
export function transitionCase(
  state: CaseStateInput,
  event: CaseEventInput,
  actorRole: Role,
  now: IsoDate,
  calendar: HolidayCalendar = vietnamCalendar,
): CaseState {
  const s = parseInput(caseStateSchema, state);
  const e = parseInput(caseEventSchema, event);
  const role = parseInput(roleSchema, actorRole);
  const today = parseInput(isoDateSchema, now);
  const transition = findCaseTransition(s.status, e.type);
  if (transition === null) throw new DomainError('CASE.ILLEGAL_TRANSITION', { event: e.type, status: s.status });
  if (!transition.roles.includes(role)) throw new DomainError('CASE.ROLE_NOT_ALLOWED', { role, event: e.type });
  if (today < s.lastChangedOn)
    throw new DomainError('CASE.DATE_BEFORE_LAST_CHANGE', { now: today, last: s.lastChangedOn });
  return { ...s, ...effectOf(s, e, today, calendar), status: transition.to, lastChangedOn: today };
}

/** The fields an event changes besides status and date. */
function effectOf(s: CaseState, e: CaseEvent, today: IsoDate, calendar: HolidayCalendar): Partial<CaseState> {
  switch (e.type) {
    case 'assign':
    case 'reassign': {
      const conflicted = e.mediators.find((m) => m.conflicted);
      if (conflicted) throw new DomainError('CASE.MEDIATOR_CONFLICTED', { mediator: conflicted.mediatorId });
      const mediatorIds = e.mediators.map((m) => m.mediatorId);
      if (s.status !== 'received' && s.status !== 'assigned') return { mediatorIds };
      return { mediatorIds, assignedOn: today, startDueOn: caseStartDue(today, e, calendar) };
    }
    case 'start':
      return { startedOn: today, startedLate: s.startDueOn !== null && today > s.startDueOn };
    case 'record_success': {
      const missing = e.writtenAgreement === null ? [] : checkWrittenAgreement(e.writtenAgreement);
      if (missing.length > 0) throw new DomainError('CASE.WRITTEN_AGREEMENT_INCOMPLETE', { count: missing.length });
      return { endedOn: today, hasWrittenAgreement: e.writtenAgreement !== null };
    }
    case 'record_unsuccessful':
    case 'record_stopped_by_party':
      return { endedOn: today, suspendedOn: null };
    case 'suspend':
      return { suspendedOn: today };
    case 'resume':
      return { endedOn: null, suspendedOn: null };
    case 'declare_out_of_scope':
      if (s.status !== 'received' && e.reportedTo.length === 0)
        throw new DomainError('CASE.REPORT_REQUIRED', { field: 'reportedTo', status: s.status });
      return {
        referrals: e.referrals,
        reportedTo: e.reportedTo,
        outOfScopeFrom: s.status,
        suspendedOn: null,
        closedOn: today,
      };
    case 'record_performed':
    case 'record_not_performed':
      return { closedOn: today };
    case 'begin_follow_up':
      return {};
  }
}
