/**
 * A request for mediation left at the commune's kiosk (issue 12, point 3; Law 35/2013 Art. 16.1: a party's request):
 * the least the team needs to act — a name, the village, a way to be reached (a phone, or through the village head),
 * what it is about as a category and, if the person wishes, a few words. Given only after the privacy notice was
 * shown and accepted (PDP-04). The device's key makes a retry land on the same request.
 */
import { z } from 'zod';
import { trackingCodeSchema } from '../cases/tracking-code.ts';
import { scopeCategorySchema } from '../mediation/scope-categories.ts';
import { receiptFactorSchema } from './receipt-factor.ts';
import { safeText } from '../text/safe-text.ts';

/** How the team reaches the person: by phone, or through the village head (no phone of their own). */
export const kioskContactSchema = z.discriminatedUnion(
  'via',
  [
    z
      .object({
        via: z.literal('phone'),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9 .-]{8,20}$/, 'field.PHONE'),
      })
      .strict(),
    z.object({ via: z.literal('village_head') }).strict(),
  ],
  { message: 'field.KIOSK_CONTACT' },
);
export type KioskContact = z.infer<typeof kioskContactSchema>;

export const kioskRequestSchema = z
  .object({
    commune: z.string().regex(/^\d{5}$/, 'field.COMMUNE_CODE'),
    /** Made by the device when the form opens (a uuid): one request per key. */
    clientKey: z.string().uuid('field.CLIENT_KEY'),
    privacyNoticeVersion: z.string().trim().min(8, 'field.PRIVACY_NOTICE_REQUIRED').max(128),
    privacyNoticeGiven: z.literal(true, { message: 'field.PRIVACY_NOTICE_REQUIRED' }),
    fullName: safeText(160, { min: 2, tooShort: 'field.FULL_NAME_TOO_SHORT', tooLong: 'field.FULL_NAME_TOO_LONG' }),
    villageId: z.string().uuid('field.VILLAGE_ID'),
    contact: kioskContactSchema,
    category: scopeCategorySchema,
    /** A few words, optional. */
    words: safeText(500, { tooLong: 'field.TOO_LONG' }).nullable().default(null),
    /**
     * A request the kiosk kept while offline and printed a receipt for: the tracking code it made (`HK-…`, its own
     * namespace) and the second factor it printed. The server takes them with the request, once (decision 29).
     */
    offline: z
      .object({
        trackingCode: trackingCodeSchema.refine((c) => c.startsWith('HK-'), 'field.TRACKING_CODE'),
        factor: receiptFactorSchema,
      })
      .strict()
      .optional(),
  })
  .strict();
export type KioskRequestInput = z.input<typeof kioskRequestSchema>;
export type KioskRequest = z.output<typeof kioskRequestSchema>;
