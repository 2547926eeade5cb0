/**
 * What the console sends to open a case file (hồ sơ vụ, việc hòa giải) — Law 35/2013 Art. 16 (a party's request,
 * a referral by a body, the mediator's own knowledge), Law 91/2025 on personal data (the privacy notice given at
 * intake). Idempotent by the client's key: a retry of the same form never opens a second case.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { scopeCategorySchema } from '../mediation/scope-categories.ts';
import { safeText } from '../text/safe-text.ts';

/** How a case reached the team: walk-in at the team, a referral by a body, the team's own initiative, the kiosk. */
export const caseChannels = ['walk_in', 'referral', 'team_initiated', 'kiosk'] as const;
export const caseChannelSchema = z.enum(caseChannels, { message: 'field.CASE_CHANNEL' });
export type CaseChannel = z.infer<typeof caseChannelSchema>;

/** A party's place in the case: the one who asked, or another party to the dispute. */
export const partyRoles = ['requester', 'other'] as const;

/** A party (personal data: name, address, phone — kept apart from the case, read only by those who need it). */
export const casePartySchema = z
  .object({
    fullName: safeText(120, { min: 2, tooShort: 'field.FULL_NAME_TOO_SHORT', tooLong: 'field.FULL_NAME_TOO_LONG' }),
    address: safeText(300, { min: 2, tooShort: 'field.ADDRESS_REQUIRED', tooLong: 'field.TOO_LONG' }),
    phone: z
      .string()
      .trim()
      .regex(/^\+?\d[\d .]{7,18}$/, 'field.PHONE')
      .nullable()
      .default(null),
    role: z.enum(partyRoles, { message: 'field.INVALID_OPTION' }).default('other'),
  })
  .strict();
export type CasePartyInput = z.input<typeof casePartySchema>;

export const caseIntakeSchema = z
  .object({
    /** The form's own key: a retry sends the same one and gets the same case back. */
    clientKey: z.string().uuid('field.CLIENT_KEY'),
    teamId: z.string().uuid('field.TEAM_ID'),
    channel: caseChannelSchema,
    /** The body that referred the case (police, commune office, the Front, the court…): required for a referral. */
    referringBody: safeText(160, { tooLong: 'field.TOO_LONG' }).nullable().default(null),
    receivedOn: isoDateSchema,
    disputeKind: scopeCategorySchema,
    summary: safeText(4000, { min: 5, multiline: true, tooShort: 'field.SUMMARY_REQUIRED', tooLong: 'field.TOO_LONG' }),
    parties: z.array(casePartySchema).min(1, 'field.PARTIES_REQUIRED').max(20, 'field.TOO_MANY'),
    /** The privacy notice (Law 91/2025 Art. 11, Decree 356/2025) was given to the requester: must be true. */
    privacyNoticeGiven: z.literal(true, { message: 'field.PRIVACY_NOTICE_REQUIRED' }),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.channel === 'referral' && !c.referringBody)
      ctx.addIssue({ code: 'custom', path: ['referringBody'], message: 'field.REFERRING_BODY_REQUIRED' });
  });
export type CaseIntakeInput = z.input<typeof caseIntakeSchema>;
export type CaseIntake = z.output<typeof caseIntakeSchema>;

/** One case by id. */
export const caseIdInputSchema = z.object({ id: z.string().uuid('field.CASE_ID') }).strict();

/** The queue: the commune's open cases, or one team's; keyset pages by (received on, id). */
export const caseQueueInputSchema = z
  .object({
    teamId: z.string().uuid('field.TEAM_ID').optional(),
    /** `open` (default): not yet closed; `all`: every case of the scope. */
    filter: z.enum(['open', 'all']).default('open'),
    after: z.string().uuid('field.PAGE_CURSOR').optional(),
    limit: z.number().int().min(1, 'field.PAGE_SIZE_MIN').max(100, 'field.PAGE_SIZE_MAX').default(50),
  })
  .strict();
export type CaseQueueInput = z.input<typeof caseQueueInputSchema>;
