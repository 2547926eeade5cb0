/**
 * What the console sends to open a case file: the intake form (`caseIntakeSchema`, intake-input.ts) and the form's
 * own key, so a retry of the same form (a double tap, a weak connection) never opens a second case. The team is a
 * database id here (a uuid), refused naming the field before any query.
 */
import { z } from 'zod';
import { caseIntakeSchema } from './intake-input.ts';

export const caseIntakeRequestSchema = caseIntakeSchema.safeExtend({
  clientKey: z.string().uuid('field.CLIENT_KEY'),
  teamId: z.string().uuid('field.TEAM_ID'),
});
export type CaseIntakeRequestInput = z.input<typeof caseIntakeRequestSchema>;
export type CaseIntakeRequest = z.output<typeof caseIntakeRequestSchema>;
