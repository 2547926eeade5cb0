/**
 * Assigning mediators of the case's team (Law 35/2013 Art. 18) as the console sends it: each proposed mediator with
 * the recusal prompt's answer (`recusalReasonSchema`, Art. 10.3; null when there is no ground to decline). The API
 * reads each one's team and asks `decideAssignment`.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { recusalReasonSchema } from './assignment.ts';

export const caseAssignSchema = z
  .object({
    caseId: z.string().uuid('field.CASE_ID'),
    on: isoDateSchema,
    mediators: z
      .array(
        z
          .object({
            mediatorId: z.string().uuid('field.MEDIATOR_ID'),
            recusal: recusalReasonSchema.nullable().default(null),
          })
          .strict(),
      )
      .min(1, 'field.MEDIATOR_REQUIRED')
      .max(10, 'field.TOO_MANY')
      .refine((ms) => new Set(ms.map((m) => m.mediatorId)).size === ms.length, 'field.DUPLICATE_MEDIATOR'),
    /** Mediation needed on the spot (Art. 20.2): the start is due the same day. */
    immediate: z.boolean().default(false),
    /** A start day the parties agreed on (Art. 20.2). */
    agreedStartOn: isoDateSchema.nullable().default(null),
  })
  .strict();
export type CaseAssignInput = z.input<typeof caseAssignSchema>;
