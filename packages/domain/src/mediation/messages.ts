/**
 * Error and issue codes of the mediation module (namespaced): each code's kind and the names of its parameters (the texts are in @hgcs/i18n's catalogue, `error.<code>`).
 * Thrown as `DomainError`s, or returned as lists of issues by the checks (composition, agreement, standards).
 */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const mediationMessages = {
  // Mediator standards — Law 35/2013 Art. 7 (R-MED-1)
  'MEDIATOR.NOT_VIETNAMESE_CITIZEN': { kind: 'invalid', params: [] },
  'MEDIATOR.NOT_PERMANENT_RESIDENT': { kind: 'invalid', params: [] },
  'MEDIATOR.NOT_VOLUNTARY': { kind: 'invalid', params: [] },
  'MEDIATOR.CHARACTER_NOT_ATTESTED': { kind: 'invalid', params: [] },
  'MEDIATOR.PERSUASION_NOT_ATTESTED': { kind: 'invalid', params: [] },
  'MEDIATOR.LEGAL_KNOWLEDGE_NOT_ATTESTED': { kind: 'invalid', params: [] },
  // Elections — Law 35/2013 Art. 8, 14; NQLT 01/2014 Art. 12
  'ELECTION.NO_QUORUM': { kind: 'invalid', params: ['attending', 'households'] },
  'ELECTION.COUNT_NOT_WITNESSED': { kind: 'invalid', params: [] },
  'ELECTION.LEADER_NO_MAJORITY': { kind: 'invalid', params: [] },
  'ELECTION.LEADER_TIE': { kind: 'conflict', params: [] },
  // Team composition — Law 35/2013 Art. 12.1 (R-TEAM-1)
  'TEAM.TOO_FEW_MEDIATORS': { kind: 'invalid', params: ['count', 'min'] },
  'TEAM.NO_WOMAN': { kind: 'invalid', params: [] },
  'TEAM.NO_ETHNIC_MINORITY_MEDIATOR': { kind: 'invalid', params: [] },
  'TEAM.NO_LEADER': { kind: 'invalid', params: [] },
  'TEAM.NOT_ACTIVE_MEMBER': { kind: 'invalid', params: ['mediator'] },
  'TEAM.LEADER_NOT_ACTIVE_MEMBER': { kind: 'invalid', params: [] },
  // Scope — Law 35/2013 Art. 1.2, 3; Decree 15/2014 Art. 5 (R-SCOPE-0, R-SCOPE-1)
  'SCOPE.OTHER_PROCEDURE': { kind: 'invalid', params: [] },
  'SCOPE.HARMS_PUBLIC_INTEREST': { kind: 'invalid', params: [] },
  'SCOPE.MARRIAGE_FAMILY_FOR_STATE_BODY': { kind: 'invalid', params: [] },
  'SCOPE.UNLAWFUL_CIVIL_TRANSACTION': { kind: 'invalid', params: [] },
  'SCOPE.CRIMINAL_PROSECUTION': { kind: 'invalid', params: [] },
  'SCOPE.ADMINISTRATIVE_SANCTION': { kind: 'invalid', params: [] },
  'SCOPE.BARRED_BY_LAW': { kind: 'invalid', params: [] },
  'SCOPE.CATEGORY_DISABLED': { kind: 'invalid', params: [] },
  // Cases — Law 35/2013 Art. 16–27 (R-CASE-1..3)
  'CASE.ILLEGAL_TRANSITION': { kind: 'conflict', params: ['event', 'status'] },
  'CASE.ROLE_NOT_ALLOWED': { kind: 'forbidden', params: ['role', 'event'] },
  'CASE.DATE_BEFORE_LAST_CHANGE': { kind: 'invalid', params: ['now', 'last'] },
  'CASE.MEDIATOR_CONFLICTED': { kind: 'invalid', params: ['mediator'] },
  'CASE.WRITTEN_AGREEMENT_INCOMPLETE': { kind: 'invalid', params: ['count'] },
  'CASE.AGREED_START_BEFORE_ASSIGNMENT': { kind: 'invalid', params: ['agreed', 'assigned'] },
  /** Out of scope after assignment: name the competent body the matter was reported to (Art. 10.5, 15.4). */
  'CASE.REPORT_REQUIRED': { kind: 'invalid', params: ['field', 'status'] },
  // Written successful-mediation record — Law 35/2013 Art. 24.2 (R-CASE-3)
  'AGREEMENT.MISSING_BASIS': { kind: 'invalid', params: [] },
  'AGREEMENT.TOO_FEW_PARTIES': { kind: 'invalid', params: [] },
  'AGREEMENT.MISSING_PARTY_INFO': { kind: 'invalid', params: ['party'] },
  'AGREEMENT.MISSING_MATTER': { kind: 'invalid', params: [] },
  'AGREEMENT.MISSING_COURSE': { kind: 'invalid', params: [] },
  'AGREEMENT.MISSING_TERMS': { kind: 'invalid', params: [] },
  'AGREEMENT.MISSING_RIGHTS_OBLIGATIONS': { kind: 'invalid', params: [] },
  'AGREEMENT.MISSING_PERFORMANCE': { kind: 'invalid', params: [] },
  'AGREEMENT.NO_MEDIATOR': { kind: 'invalid', params: [] },
  'AGREEMENT.MISSING_SIGNATURE': { kind: 'invalid', params: ['signer'] },
  // Court recognition — Civil Procedure Code 2015 Art. 416–419 (R-COURT-1)
  'COURT.CASE_NOT_SUCCESSFUL': { kind: 'invalid', params: [] },
  'COURT.NO_WRITTEN_RECORD': { kind: 'invalid', params: [] },
  'COURT.DEADLINE_PASSED': { kind: 'invalid', params: ['deadline'] },
  'COURT.PARTY_LACKS_CAPACITY': { kind: 'invalid', params: [] },
  'COURT.PARTY_NOT_RIGHT_HOLDER': { kind: 'invalid', params: [] },
  'COURT.THIRD_PARTY_NOT_CONSENTING': { kind: 'invalid', params: [] },
  'COURT.NO_REQUESTING_PARTY': { kind: 'invalid', params: [] },
  'COURT.AGREEMENT_NOT_VALID': { kind: 'invalid', params: [] },
  // Funding — Decree 15/2014, Circular 56/2023 (R-FUND-1..3); amounts and caps are budget/'s (BUDGET.*)
  'FUND.MEDIATOR_BREACHED_DUTY': { kind: 'invalid', params: ['mediator'] },
  'FUND.ACCIDENT_NOT_COVERED': { kind: 'invalid', params: [] },
  'FUND.UNKNOWN_MEDIATOR': { kind: 'invalid', params: ['field'] },
} as const satisfies Record<string, ErrorSpec>;
