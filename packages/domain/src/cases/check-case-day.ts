/**
 * The day of anything recorded on a case file must lie between the request and today — Law 35/2013 Art. 16 (the
 * case exists from its request), and no one records what has not happened yet.
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';

/**
 * Throws `CASE.DATE_BEFORE_REQUEST` or `CASE.DATE_IN_FUTURE`, naming `field`.
 * @example checkCaseDay({ receivedOn: '2027-03-10' }, '2027-03-09', '2027-03-15', 'heldOn') // throws CASE.DATE_BEFORE_REQUEST
 */
export function checkCaseDay(c: { receivedOn: IsoDate }, day: IsoDate, today: IsoDate, field: string): void {
  if (day < c.receivedOn) throw new DomainError('CASE.DATE_BEFORE_REQUEST', { field, receivedOn: c.receivedOn });
  if (day > today) throw new DomainError('CASE.DATE_IN_FUTURE', { field, today });
}
