/**
 * When a mediation session may be recorded — Law 35/2013 Art. 20–23: once mediators are assigned and until the
 * mediation ends; not while the case is suspended; never dated before the request, after today, or after the end.
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';
import type { CaseStatus } from '../mediation/case-state.ts';
import { checkCaseDay } from './check-case-day.ts';

/** What the rule reads of a case. */
export type SessionCase = {
  status: CaseStatus;
  receivedOn: IsoDate;
  endedOn: IsoDate | null;
  closedOn: IsoDate | null;
  suspendedOn: IsoDate | null;
};

/**
 * Throws when a session on `heldOn` cannot be recorded: `CASES.SESSION_AFTER_CLOSE` (the case ended or closed),
 * `CASES.SESSION_NOT_OPEN` (no mediator yet), `CASES.SUSPENDED`, `CASES.DATE_BEFORE_REQUEST`, `CASES.DATE_IN_FUTURE`.
 */
export function checkSessionDay(c: SessionCase, heldOn: IsoDate, today: IsoDate): void {
  const end = c.endedOn ?? c.closedOn;
  if (end !== null) throw new DomainError('CASES.SESSION_AFTER_CLOSE', { field: 'heldOn', endedOn: end });
  if (c.status !== 'assigned' && c.status !== 'in_progress')
    throw new DomainError('CASES.SESSION_NOT_OPEN', { field: 'heldOn' });
  if (c.suspendedOn !== null) throw new DomainError('CASES.SUSPENDED', { field: 'heldOn', since: c.suspendedOn });
  checkCaseDay(c, heldOn, today, 'heldOn');
}
