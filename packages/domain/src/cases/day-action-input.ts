/** Suspend (Art. 17.4), resume (Art. 17.4, 27) or withdraw (a party stops it, Art. 23.2): the case and the day. */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';

export const caseDayActionSchema = z.object({ caseId: z.string().uuid('field.CASE_ID'), on: isoDateSchema }).strict();
export type CaseDayActionInput = z.input<typeof caseDayActionSchema>;
