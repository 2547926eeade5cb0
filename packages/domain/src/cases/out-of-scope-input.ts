/**
 * Closing a case found out of scope after assignment (issue 11, 2a): facts that exclude grassroots mediation — signs
 * of a crime, Decree 15/2014 Art. 5.2 — surfaced in a session; the mediation stops, the matter is reported to the
 * competent body (Law 35/2013 Art. 10.5, 15.4) and the case closes `out_of_scope`, not paid (R-FUND-3).
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { referralTargetSchema } from '../mediation/scope-referrals.ts';

export const caseOutOfScopeSchema = z
  .object({
    caseId: z.string().uuid('field.CASE_ID'),
    on: isoDateSchema,
    /** The competent bodies the team reported the matter to; the parties are referred to the same bodies. */
    reportedTo: z.array(referralTargetSchema).min(1, 'field.REPORT_REQUIRED').max(6),
  })
  .strict();
export type CaseOutOfScopeInput = z.input<typeof caseOutOfScopeSchema>;
