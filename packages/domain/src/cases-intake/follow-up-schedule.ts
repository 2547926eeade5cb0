/**
 * Following up a successful mediation's agreement — Law 35/2013 Art. 25–26 (the mediator follows, urges and
 * reports how the parties keep what they agreed): two check-ins, 30 and 90 days after the agreement, each
 * recorded as kept, partly kept or not kept. When both are recorded the case closes by the last one: kept →
 * performed, otherwise not performed.
 */
import { addDays } from '../calendar/date-math.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import type { CaseEventType } from '../mediation/case-events.ts';
import type { followUpResults } from './case-action-input.ts';

/** Days after the agreement at which the agreement is checked. */
export const followUpOffsets = [30, 90] as const;
export type FollowUpResult = (typeof followUpResults)[number];

/** The check-ins of an agreement made on `agreedOn`. @example followUpSchedule('2027-03-20') // [{ offsetDays: 30, dueOn: '2027-04-19' }, { offsetDays: 90, dueOn: '2027-06-18' }] */
export function followUpSchedule(agreedOn: IsoDate): { offsetDays: number; dueOn: IsoDate }[] {
  return followUpOffsets.map((offsetDays) => ({ offsetDays, dueOn: addDays(agreedOn, offsetDays) }));
}

/**
 * The event that closes the case once every check-in has a result, by the last check-in's result; null while one
 * is still open.
 */
export function followUpClosing(
  items: readonly { offsetDays: number; result: FollowUpResult | null }[],
): Extract<CaseEventType, 'record_performed' | 'record_not_performed'> | null {
  if (items.length === 0 || items.some((i) => i.result === null)) return null;
  const last = [...items].sort((a, b) => b.offsetDays - a.offsetDays)[0]!;
  return last.result === 'kept' ? 'record_performed' : 'record_not_performed';
}
