/**
 * Error codes of the case file (issue 11): intake, screening, assignment, sessions, outcome and follow-up. Each names the field
 * it refuses (`field`, for the form; no text shows it) — the texts are @hgcs/i18n's `error.<code>`. The state machine's
 * own codes (`CASE.ILLEGAL_TRANSITION`…) stay in mediation/messages.ts.
 */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const casesMessages = {
  /** The random source handed to the tracking-code generator is too short. */
  'CASE.RANDOM_SOURCE_TOO_SHORT': { kind: 'invalid', params: ['field', 'min'] },
  /** Law 35/2013 Art. 18: the team leader assigns the team's own mediators. */
  'CASE.MEDIATOR_OF_ANOTHER_TEAM': { kind: 'invalid', params: ['field', 'mediator'] },
  /** Every proposed mediator declined (Art. 10.3): someone else must be proposed. */
  'CASE.NO_MEDIATOR_LEFT': { kind: 'invalid', params: ['field'] },
  'CASE.SESSION_IN_FUTURE': { kind: 'invalid', params: ['field', 'heldOn', 'today'] },
  'CASE.SESSION_BEFORE_ASSIGNMENT': { kind: 'invalid', params: ['field', 'heldOn', 'since'] },
  /** A session recorded on a case that is not being mediated (ended, closed, suspended or out of scope). */
  'CASE.SESSION_CASE_NOT_OPEN': { kind: 'conflict', params: ['field', 'status'] },
  'CASE.ATTENDEE_NOT_ASSIGNED': { kind: 'invalid', params: ['field', 'mediator'] },
  /** The mediator is not (or no longer) assigned to the case. */
  'CASE.NOT_ASSIGNED': { kind: 'invalid', params: ['field'] },
  'CASE.LAST_MEDIATOR': { kind: 'conflict', params: ['field'] },
  'CASE.NOT_SCREENED': { kind: 'conflict', params: ['field'] },
  'CASE.ALREADY_SCREENED': { kind: 'conflict', params: ['field'] },
  'CASE.DATE_BEFORE_REQUEST': { kind: 'invalid', params: ['field', 'receivedOn'] },
  'CASE.DATE_IN_FUTURE': { kind: 'invalid', params: ['field', 'today'] },
  /** Nothing more is recorded on a case that ended or closed. */
  'CASE.SESSION_AFTER_CLOSE': { kind: 'conflict', params: ['field', 'endedOn'] },
  /** A move the state machine (R-CASE-1) forbids; its details name the rule and the case's status (catalogue keys). */
  'CASE.MOVE_FORBIDDEN': { kind: 'conflict', params: ['field'] },
  'CASE.AGREEMENT_REQUIRED': { kind: 'invalid', params: ['field'] },
  'CASE.AGREEMENT_INCOMPLETE': { kind: 'invalid', params: ['field', 'missing'] },
  'CASE.FOLLOW_UP_DONE': { kind: 'conflict', params: ['field'] },
  'CASE.FOLLOW_UP_BEFORE_AGREEMENT': { kind: 'invalid', params: ['field', 'endedOn'] },
  /** A party present at a session who is not a party of the case. */
  'CASE.PARTY_NOT_OF_CASE': { kind: 'invalid', params: ['field'] },
  'CASE.TEAM_NOT_FOUND': { kind: 'invalid', params: ['field'] },
  /** A document asked of a case that has none: no referral letter unless screened out, no agreement unless successful. */
  /** Court recognition (CPC Art. 416–419): asked once, answered once, answered on or after the request. */
  'CASE.COURT_ALREADY_REQUESTED': { kind: 'conflict', params: ['field', 'requestedOn'] },
  'CASE.COURT_NOT_REQUESTED': { kind: 'conflict', params: ['field'] },
  'CASE.COURT_ALREADY_ANSWERED': { kind: 'conflict', params: ['field'] },
  'CASE.COURT_ANSWER_BEFORE_REQUEST': { kind: 'invalid', params: ['field', 'requestedOn'] },
  'CASE.COURT_REQUEST_BEFORE_AGREEMENT': { kind: 'invalid', params: ['field', 'endedOn'] },
  'CASE.NO_SUCH_DOCUMENT': { kind: 'conflict', params: ['field'] },
  'CASE.UNKNOWN_TRACKING_CODE': { kind: 'invalid', params: ['field', 'code'] },
  'CASE.DATA_REQUEST_CLOSED': { kind: 'conflict', params: ['field'] },
  'CASE.ERASURE_CASE_OPEN': { kind: 'conflict', params: ['field', 'code'] },
  'CASE.ERASURE_COURT_REQUEST_PENDING': { kind: 'conflict', params: ['field', 'code'] },
  'CASE.ERASURE_RETENTION_DUTY': { kind: 'conflict', params: ['field', 'code', 'until'] },
  'CASE.ERASURE_ALREADY_PSEUDONYMISED': { kind: 'conflict', params: ['field', 'code'] },
} as const satisfies Record<string, ErrorSpec>;
