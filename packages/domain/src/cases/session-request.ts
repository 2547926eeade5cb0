/**
 * A session as the console sends it: `caseSessionSchema` (session-input.ts) of the case `caseId`, with the form's
 * own key so a retried form records it once.
 */
import { z } from 'zod';
import { caseSessionSchema } from './session-input.ts';

export const caseSessionRequestSchema = caseSessionSchema.safeExtend({
  caseId: z.string().uuid('field.CASE_ID'),
  clientKey: z.string().uuid('field.CLIENT_KEY'),
});
export type CaseSessionRequestInput = z.input<typeof caseSessionRequestSchema>;
