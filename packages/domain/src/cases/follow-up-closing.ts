/**
 * When the follow-ups of an agreement close the case — Law 35/2013 Art. 25–26 (the mediator follows, urges and
 * reports how the parties keep what they agreed). The items are `followUpsFor`'s (30 and 90 days); once every one
 * has a result, the last one decides: kept → performed, partly or not kept → not performed.
 */
import type { CaseEventType } from '../mediation/case-events.ts';
import type { FollowUpResult } from './follow-ups.ts';

/**
 * The event that closes the case once every follow-up has a result, by the latest one; null while one is open.
 * @example followUpClosing([{ afterDays: 30, result: 'kept' }, { afterDays: 90, result: 'kept' }]) // 'record_performed'
 */
export function followUpClosing(
  items: readonly { afterDays: number; result: FollowUpResult | null }[],
): Extract<CaseEventType, 'record_performed' | 'record_not_performed'> | null {
  if (items.length === 0 || items.some((i) => i.result === null)) return null;
  const last = [...items].sort((a, b) => b.afterDays - a.afterDays)[0]!;
  return last.result === 'kept' ? 'record_performed' : 'record_not_performed';
}
