/**
 * A case as the team or the office receives it (issue 11, point 1) — Law 35/2013 Art. 16 (the bases to start:
 * a party's request, the mediator's own knowledge, a referral by an agency, organisation or person), Art. 2.3 (parties),
 * and the personal-data duties at intake (Law 91/2025, Decree 356/2025; security PDP-03/PDP-04: the privacy notice is
 * given and recorded before any data is kept).
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { entityIdSchema } from '../mediation/ids.ts';
import { scopeCategorySchema } from '../mediation/scope-categories.ts';
import { safeText } from '../text/safe-text.ts';

/** The bodies that refer a case to a team (Art. 16.3: "đề nghị của cơ quan, tổ chức, cá nhân"). */
export const referringBodySchema = z.enum(['police', 'commune_office', 'fatherland_front', 'court', 'other'], {
  message: 'field.REFERRING_BODY',
});
export type ReferringBody = z.infer<typeof referringBodySchema>;

/**
 * How the case arrived (Art. 16): `walk_in` at the team (a party's request, 16.1), `referral` by a body (16.3, which one
 * recorded; `other` names it), `team_initiated` (the mediator saw or learnt of it, 16.2), `kiosk` (a request left at the
 * commune's kiosk, 16.1).
 */
export const intakeChannelSchema = z.discriminatedUnion(
  'channel',
  [
    z.object({ channel: z.literal('walk_in') }).strict(),
    z
      .object({
        channel: z.literal('referral'),
        referringBody: referringBodySchema,
        /** The body's name when `other` (e.g. "Hội Phụ nữ xã"); null otherwise. */
        referringBodyName: safeText(200, { tooLong: 'field.TOO_LONG' }).nullable().default(null),
      })
      .strict()
      .refine((r) => (r.referringBody === 'other') === (r.referringBodyName !== null && r.referringBodyName !== ''), {
        path: ['referringBodyName'],
        message: 'field.REFERRING_BODY_NAME',
      }),
    z.object({ channel: z.literal('team_initiated') }).strict(),
    z.object({ channel: z.literal('kiosk') }).strict(),
  ],
  { message: 'field.INTAKE_CHANNEL' },
);
export type IntakeChannel = z.infer<typeof intakeChannelSchema>;
export const intakeChannels = ['walk_in', 'referral', 'team_initiated', 'kiosk'] as const;

/** A party (Art. 2.3: a person, family, group or organisation): name and address; age and phone only if given. */
export const casePartySchema = z
  .object({
    fullName: safeText(160, { min: 2, tooShort: 'field.FULL_NAME_TOO_SHORT', tooLong: 'field.FULL_NAME_TOO_LONG' }),
    birthYear: z.number().int('field.BIRTH_YEAR').min(1900, 'field.BIRTH_YEAR_MIN').max(2100).nullable().default(null),
    address: safeText(300, { min: 2, tooShort: 'field.ADDRESS_REQUIRED', tooLong: 'field.TOO_LONG' }),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 .-]{8,20}$/, 'field.PHONE')
      .nullable()
      .default(null),
  })
  .strict();
export type CasePartyInput = z.input<typeof casePartySchema>;

/** The intake form: the day the request was made and the day the team received it, never before it. */
export const caseIntakeSchema = z
  .object({
    teamId: entityIdSchema,
    intake: intakeChannelSchema,
    requestedOn: isoDateSchema,
    receivedOn: isoDateSchema,
    category: scopeCategorySchema,
    /** What the dispute is about, in brief (sensitive: stored encrypted, PDP-02). */
    summary: safeText(4000, { min: 5, multiline: true, tooShort: 'field.CASE_SUMMARY', tooLong: 'field.TOO_LONG' }),
    parties: z.array(casePartySchema).min(1, 'field.PARTY_REQUIRED').max(20),
    /** PDP-04: the person was given the privacy notice of this version (its hash) before anything was recorded. */
    privacyNoticeVersion: z.string().trim().min(8, 'field.PRIVACY_NOTICE_REQUIRED').max(128),
    privacyNoticeGiven: z.literal(true, { message: 'field.PRIVACY_NOTICE_REQUIRED' }),
  })
  .strict()
  .refine((c) => c.receivedOn >= c.requestedOn, {
    path: ['receivedOn'],
    message: 'field.RECEIVED_BEFORE_REQUEST',
  });
export type CaseIntakeInput = z.input<typeof caseIntakeSchema>;
export type CaseIntake = z.output<typeof caseIntakeSchema>;
