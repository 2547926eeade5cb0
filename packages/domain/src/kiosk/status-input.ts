/** Checking a request (issue 12, point 4): the commune, the tracking code and the receipt's second factor. */
import { z } from 'zod';
import { trackingCodeSchema } from '../cases/tracking-code.ts';
import { receiptFactorSchema } from './receipt-factor.ts';

export const kioskStatusInputSchema = z
  .object({
    commune: z.string().regex(/^\d{5}$/, 'field.COMMUNE_CODE'),
    code: trackingCodeSchema,
    factor: receiptFactorSchema,
  })
  .strict();
export type KioskStatusInput = z.input<typeof kioskStatusInputSchema>;
