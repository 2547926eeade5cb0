/**
 * The remuneration claim of a period as the console asks for it (issue 11, point 9; Decree 15/2014 Art. 13–14): the
 * period, and to record it as paid, the day of payment. What is payable is `buildRemunerationClaim`'s.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';

export const caseClaimInputSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'field.PERIOD_END_BEFORE_START' });
export type CaseClaimInput = z.input<typeof caseClaimInputSchema>;

export const caseClaimPaySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema, paidOn: isoDateSchema })
  .strict()
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'field.PERIOD_END_BEFORE_START' })
  .refine((p) => p.paidOn >= p.to, { path: ['paidOn'], message: 'field.PAID_BEFORE_PERIOD_END' });
export type CaseClaimPayInput = z.input<typeof caseClaimPaySchema>;
