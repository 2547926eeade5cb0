/** Which logbook to show or print (issue 11, point 8): a team and a year (Law 35/2013 Art. 21.4, 28.2.d). */
import { z } from 'zod';

export const caseLogbookInputSchema = z
  .object({
    teamId: z.string().uuid('field.TEAM_ID'),
    year: z.number().int('field.LOGBOOK_YEAR').min(2000, 'field.LOGBOOK_YEAR').max(2100, 'field.LOGBOOK_YEAR'),
  })
  .strict();
export type CaseLogbookInput = z.input<typeof caseLogbookInputSchema>;
