/**
 * Codes of the case file (issue 11): intake, screening, assignment, sessions, outcome and follow-up. Each names its
 * field in `params.field`, so a form shows it beside that field; the texts are @hgcs/i18n's `error.<code>`.
 */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const casesIntakeMessages = {
  'CASES.MEDIATOR_NOT_IN_TEAM': { kind: 'invalid', params: ['field'] },
  'CASES.NOT_ASSIGNED': { kind: 'invalid', params: ['field'] },
  'CASES.LAST_MEDIATOR': { kind: 'conflict', params: ['field'] },
  'CASES.NOT_SCREENED': { kind: 'conflict', params: ['field'] },
  'CASES.ALREADY_SCREENED': { kind: 'conflict', params: ['field'] },
  'CASES.DATE_BEFORE_REQUEST': { kind: 'invalid', params: ['field', 'receivedOn'] },
  'CASES.DATE_IN_FUTURE': { kind: 'invalid', params: ['field', 'today'] },
  'CASES.SESSION_AFTER_CLOSE': { kind: 'conflict', params: ['field', 'endedOn'] },
  'CASES.SESSION_NOT_OPEN': { kind: 'conflict', params: ['field'] },
  'CASES.SUSPENDED': { kind: 'conflict', params: ['field', 'since'] },
  'CASES.NOT_SUSPENDED': { kind: 'conflict', params: ['field'] },
  'CASES.CANNOT_SUSPEND': { kind: 'conflict', params: ['field'] },
  /** A move the state machine (R-CASE-1) forbids; its details name the rule and the case's status (catalogue keys). */
  'CASES.MOVE_FORBIDDEN': { kind: 'conflict', params: ['field'] },
  'CASES.AGREEMENT_REQUIRED': { kind: 'invalid', params: ['field'] },
  'CASES.AGREEMENT_INCOMPLETE': { kind: 'invalid', params: ['field', 'missing'] },
  'CASES.FOLLOW_UP_DONE': { kind: 'conflict', params: ['field'] },
  'CASES.FOLLOW_UP_BEFORE_AGREEMENT': { kind: 'invalid', params: ['field', 'endedOn'] },
  'CASES.TEAM_NOT_FOUND': { kind: 'invalid', params: ['field'] },
} as const satisfies Record<string, ErrorSpec>;
