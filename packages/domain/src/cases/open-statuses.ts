/**
 * Which cases are still open in a queue: not yet screened or assigned, being mediated or suspended, or successful with the
 * agreement still followed up (Law 35/2013 Art. 16–26). Unsuccessful, stopped, out-of-scope, performed and not
 * performed cases are done (an unsuccessful one may still be resumed from its page, Art. 27).
 */
import type { CaseStatus } from '../mediation/case-state.ts';

export const openCaseStatuses = [
  'received',
  'assigned',
  'in_progress',
  'suspended',
  'successful',
  'follow_up',
] as const satisfies readonly CaseStatus[];
