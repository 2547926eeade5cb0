/**
 * The outcome as the console sends it: `caseOutcomeSchema` (outcome-input.ts) of the case `caseId`. The written
 * agreement's parties and mediators are filled by the API from the case file; the form sends the contents and marks.
 */
import { z } from 'zod';
import { caseOutcomeSchema } from './outcome-input.ts';

export const caseOutcomeRequestSchema = z
  .object({ caseId: z.string().uuid('field.CASE_ID'), result: caseOutcomeSchema })
  .strict();
export type CaseOutcomeRequestInput = z.input<typeof caseOutcomeRequestSchema>;
