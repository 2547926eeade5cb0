/**
 * Whether a data-subject request may be closed as asked (issue 11, point 10): the answer's day lies between the request
 * and today; an erasure answered "done" must be allowed for every case it names (`decideCaseErasure`) — otherwise it
 * is refused naming the rule and the case, so the officer refuses the request with that rule instead.
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';
import { checkCaseDay } from './check-case-day.ts';
import { decideCaseErasure, type CaseErasureFacts } from './case-erasure.ts';
import type { DataSubjectRequestKind } from './data-subject-request.ts';
import type { RetentionRules } from './retention.ts';

const codes = {
  case_open: 'CASE.ERASURE_CASE_OPEN',
  court_request_pending: 'CASE.ERASURE_COURT_REQUEST_PENDING',
  already_pseudonymised: 'CASE.ERASURE_ALREADY_PSEUDONYMISED',
} as const;

export function checkDataRequestClose(
  request: { kind: DataSubjectRequestKind; receivedOn: IsoDate; status: string },
  answer: { outcome: 'done' | 'refused'; closedOn: IsoDate },
  cases: readonly { trackingCode: string; erasureFacts: CaseErasureFacts }[],
  today: IsoDate,
  rules: RetentionRules = {},
): void {
  if (request.status !== 'open') throw new DomainError('CASE.DATA_REQUEST_CLOSED', { field: 'outcome' });
  checkCaseDay({ receivedOn: request.receivedOn }, answer.closedOn, today, 'closedOn');
  if (request.kind !== 'deletion' || answer.outcome !== 'done') return;
  for (const c of cases) {
    const d = decideCaseErasure(c.erasureFacts, today, rules);
    if (d.allowed) continue;
    if (d.rule === 'retention_duty')
      throw new DomainError('CASE.ERASURE_RETENTION_DUTY', { field: 'outcome', code: c.trackingCode, until: d.until! });
    throw new DomainError(codes[d.rule], { field: 'outcome', code: c.trackingCode });
  }
}
