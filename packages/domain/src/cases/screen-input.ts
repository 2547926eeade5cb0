/** Screening a received case (R-SCOPE-1): the facts staff established; the API decides with `decideMediability`. */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { disputeSchema } from '../mediation/decide-mediability.ts';

export const caseScreenSchema = z
  .object({ caseId: z.string().uuid('field.CASE_ID'), on: isoDateSchema, dispute: disputeSchema })
  .strict();
export type CaseScreenInput = z.input<typeof caseScreenSchema>;
