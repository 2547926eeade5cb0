/**
 * A move the case state machine forbids (R-CASE-1, mediation/case-transitions.ts), said so a person understands
 * it: `CASE.MOVE_FORBIDDEN` with two details — the rule for that move (`caseRule.<event>`: when the law allows it,
 * with its article) and where the case stands (`caseStatusNow.<status>`). Both are catalogue keys.
 */
import { DomainError } from '../errors/domain-error.ts';
import type { CaseEventType } from '../mediation/case-events.ts';
import type { CaseStatus } from '../mediation/case-state.ts';

/** The refusal of `event` on a case in `status`, for the form field `field`. */
export function forbiddenMove(event: CaseEventType, status: CaseStatus, field = 'status'): DomainError {
  return new DomainError('CASE.MOVE_FORBIDDEN', { field }, [
    { path: field, code: `caseRule.${event}`, params: {} },
    { path: field, code: `caseStatusNow.${status}`, params: {} },
  ]);
}
