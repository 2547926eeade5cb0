/**
 * Suspending a mediation (tạm dừng) while the parties or the team cannot meet — Law 35/2013 Art. 20–21 leave the
 * pace to the mediators; a suspended case keeps its status and records no session until it is resumed.
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';
import type { CaseStatus } from '../mediation/case-state.ts';
import { checkCaseDay } from './check-case-day.ts';

/** What the suspension rules read of a case. */
export type Suspendable = { status: CaseStatus; receivedOn: IsoDate; suspendedOn: IsoDate | null };

/** Throws unless an assigned or started, not yet suspended case may be suspended on `on`. */
export function checkSuspend(c: Suspendable, on: IsoDate, today: IsoDate): void {
  if (c.status !== 'assigned' && c.status !== 'in_progress')
    throw new DomainError('CASES.CANNOT_SUSPEND', { field: 'on' });
  if (c.suspendedOn !== null) throw new DomainError('CASES.SUSPENDED', { field: 'on', since: c.suspendedOn });
  checkCaseDay(c, on, today, 'on');
}

/** Throws unless a suspended case may resume on `on` (not before it was suspended). */
export function checkUnsuspend(c: Suspendable, on: IsoDate, today: IsoDate): void {
  if (c.suspendedOn === null) throw new DomainError('CASES.NOT_SUSPENDED', { field: 'on' });
  checkCaseDay({ receivedOn: c.suspendedOn }, on, today, 'on');
}
