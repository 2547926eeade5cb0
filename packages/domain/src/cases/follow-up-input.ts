/** Recording a follow-up of the agreement (Law 35/2013 Art. 25–26) with `followUpResultSchema`. */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';
import { followUpResultSchema } from './follow-ups.ts';

export const caseFollowUpSchema = z
  .object({
    caseId: z.string().uuid('field.CASE_ID'),
    followUpId: z.string().uuid('field.ID_REQUIRED'),
    on: isoDateSchema,
    result: followUpResultSchema,
    note: safeText(1000, { multiline: true, tooLong: 'field.TOO_LONG' }).nullable().default(null),
  })
  .strict();
export type CaseFollowUpInput = z.input<typeof caseFollowUpSchema>;
