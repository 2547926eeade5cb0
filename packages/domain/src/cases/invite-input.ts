/** Inviting a person to help mediate a case (Law 35/2013 Art. 19): `invitedPersonSchema` of the case `caseId`. */
import { z } from 'zod';
import { invitedPersonSchema } from './session-input.ts';

export const caseInviteSchema = invitedPersonSchema.safeExtend({ caseId: z.string().uuid('field.CASE_ID') });
export type CaseInviteInput = z.input<typeof caseInviteSchema>;
