/**
 * The transition table of a mediation case: from each status, which event leads where and which roles may record
 * it — Law 35/2013 Art. 16–27, rule R-CASE-1. Anything not listed is illegal. Mediators have no account of their
 * own: the team leader (case.record, team scope) or the justice officer records for them (org/permissions.ts).
 */
import type { Role } from '../org/roles.ts';
import type { CaseStatus } from './case-state.ts';
import type { CaseEventType } from './case-events.ts';

/** One legal move: the next status, who may make it, and why the law allows it. */
export type CaseTransition = { to: CaseStatus; roles: readonly Role[]; source: string };

const recorders: readonly Role[] = ['team_leader', 'justice_officer'];

/**
 * Out of scope after assignment: facts that exclude mediation (signs of a crime, Decree 15/2014 Art. 5.2) may surface
 * only in a session; the mediation stops, the matter is reported (Art. 10.5) and the case closes unpaid (R-FUND-3).
 */
const outOfScopeLater: CaseTransition = {
  to: 'out_of_scope',
  roles: recorders,
  source: 'Law 35/2013 Art. 3, 10.5, 15.4; Decree 15/2014 Art. 5.2; R-SCOPE-1',
};

/** The whole table (R-CASE-1). */
export const caseTransitions: Record<CaseStatus, Partial<Record<CaseEventType, CaseTransition>>> = {
  received: {
    assign: { to: 'assigned', roles: recorders, source: 'Law 35/2013 Art. 16.3, 18' },
    declare_out_of_scope: {
      to: 'out_of_scope',
      roles: recorders,
      source: 'Law 35/2013 Art. 3; Decree 15/2014 Art. 5–6; R-SCOPE-1',
    },
  },
  assigned: {
    reassign: { to: 'assigned', roles: recorders, source: 'Law 35/2013 Art. 18.3' },
    start: { to: 'in_progress', roles: recorders, source: 'Law 35/2013 Art. 20.2' },
    declare_out_of_scope: outOfScopeLater,
  },
  in_progress: {
    reassign: { to: 'in_progress', roles: recorders, source: 'Law 35/2013 Art. 18.3' },
    suspend: { to: 'suspended', roles: recorders, source: 'Law 35/2013 Art. 17.4 (a party asks to pause)' },
    declare_out_of_scope: outOfScopeLater,
    record_success: { to: 'successful', roles: recorders, source: 'Law 35/2013 Art. 23.1, 24' },
    record_unsuccessful: { to: 'unsuccessful', roles: recorders, source: 'Law 35/2013 Art. 23.3, 27' },
    record_stopped_by_party: { to: 'stopped_by_party', roles: recorders, source: 'Law 35/2013 Art. 17.4, 23.2' },
  },
  suspended: {
    resume: { to: 'in_progress', roles: recorders, source: 'Law 35/2013 Art. 17.4' },
    reassign: { to: 'suspended', roles: recorders, source: 'Law 35/2013 Art. 18.3' },
    record_stopped_by_party: { to: 'stopped_by_party', roles: recorders, source: 'Law 35/2013 Art. 17.4, 23.2' },
    declare_out_of_scope: outOfScopeLater,
  },
  successful: { begin_follow_up: { to: 'follow_up', roles: recorders, source: 'Law 35/2013 Art. 26' } },
  unsuccessful: {
    resume: { to: 'in_progress', roles: recorders, source: 'Law 35/2013 Art. 27 (parties ask to continue)' },
  },
  stopped_by_party: {},
  out_of_scope: {},
  follow_up: {
    record_performed: { to: 'performed', roles: recorders, source: 'Law 35/2013 Art. 25–26' },
    record_not_performed: { to: 'not_performed', roles: recorders, source: 'Law 35/2013 Art. 25–26' },
  },
  performed: {},
  not_performed: {},
};

/** The legal move for a status and event, or null (R-CASE-1). */
export function findCaseTransition(status: CaseStatus, event: CaseEventType): CaseTransition | null {
  return caseTransitions[status][event] ?? null;
}
