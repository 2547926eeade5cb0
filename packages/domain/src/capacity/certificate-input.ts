/**
 * Certificates (giấy chứng nhận — issue 13, point 6) for a mediator who attended a training event or for a contest
 * entry's result, each with a verification code printed as a QR code: the commune's number, a dash and 128 random
 * bits (base64url), so a code names where to look and cannot be guessed. A revoked certificate says so publicly.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';

const uuid = (key: `field.${string}`) => z.string().uuid(key);

/** Issue a certificate: for a mediator's attendance of an event, or for a contest entry (its team) and its result. */
export const certificateIssueSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('training'),
      eventId: uuid('field.EVENT_ID'),
      mediatorId: uuid('field.MEDIATOR_CHOOSE'),
      issuedOn: isoDateSchema,
      clientKey: uuid('field.CLIENT_KEY'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('contest'),
      entryId: uuid('field.ENTRY_ID'),
      issuedOn: isoDateSchema,
      clientKey: uuid('field.CLIENT_KEY'),
    })
    .strict(),
]);
export type CertificateIssue = z.infer<typeof certificateIssueSchema>;

export const certificateRevokeSchema = z
  .object({
    id: uuid('field.CERTIFICATE_ID'),
    reason: safeText(500, { min: 3, tooShort: 'field.REVOKE_REASON', tooLong: 'field.TOO_LONG' }),
  })
  .strict();
export type CertificateRevoke = z.infer<typeof certificateRevokeSchema>;

/** A verification code: `<commune number>-<22 base64url characters>` (128 random bits). */
export const certificateCodePattern = /^[1-9][0-9]{0,8}-[A-Za-z0-9_-]{22}$/;
export const certificateVerifySchema = z
  .object({
    code: z.string().max(40, 'field.CERTIFICATE_CODE').regex(certificateCodePattern, 'field.CERTIFICATE_CODE'),
  })
  .strict();
