/** An assigned mediator steps back later (Law 35/2013 Art. 10.3), with the same reasons as the recusal prompt. */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';
import { recusalReasonSchema } from './assignment.ts';

export const caseDeclineSchema = z
  .object({
    caseId: z.string().uuid('field.CASE_ID'),
    mediatorId: z.string().uuid('field.MEDIATOR_ID'),
    on: isoDateSchema,
    reason: recusalReasonSchema,
    note: safeText(500, { tooLong: 'field.TOO_LONG' }).nullable().default(null),
  })
  .strict();
export type CaseDeclineInput = z.input<typeof caseDeclineSchema>;
