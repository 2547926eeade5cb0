/**
 * Registering, revoking a kiosk (issue 12, point 9) and handling its calls for staff (point 11): the console's
 * inputs. A kiosk's own calls carry its device token in a header, never in the input.
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';

export const kioskDeviceRegisterSchema = z
  .object({
    name: safeText(80, { min: 2, tooShort: 'field.KIOSK_NAME_REQUIRED', tooLong: 'field.TOO_LONG' }),
    place: safeText(160, { min: 2, tooShort: 'field.KIOSK_PLACE_REQUIRED', tooLong: 'field.TOO_LONG' }),
  })
  .strict();
export type KioskDeviceRegister = z.input<typeof kioskDeviceRegisterSchema>;

/** One device or one call of the commune, by its id. */
export const kioskIdSchema = z.object({ id: z.string().uuid('field.KIOSK_ID') }).strict();

/** A kiosk's own call (checking its token, calling staff): only the commune it serves. */
export const kioskCommuneInputSchema = z
  .object({ commune: z.string().regex(/^\d{5}$/, 'field.COMMUNE_CODE') })
  .strict();

/** How long a device waits between two calls for staff, in seconds (a second press meanwhile adds nothing). */
export const kioskCallThrottleSeconds = 120;
