/**
 * What the console sends to move a case along — Law 35/2013 Art. 18 (assignment), 10 (recusal), 20 (start),
 * 21–22 (sessions), 23–26 (end, written agreement, follow-up). One schema per action; dates are days.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { disputeSchema } from '../mediation/decide-mediability.ts';
import { safeText } from '../text/safe-text.ts';

const caseId = z.string().uuid('field.CASE_ID');
const mediatorId = z.string().uuid('field.MEDIATOR_ID');

/** Screening (R-SCOPE-1): the facts staff established; the API decides with `decideMediability`. */
export const caseScreenSchema = z.object({ caseId, on: isoDateSchema, dispute: disputeSchema }).strict();
export type CaseScreenInput = z.input<typeof caseScreenSchema>;

/**
 * Assign mediators of the case's team (Art. 18). `conflicted` is the recusal prompt's answer: a mediator related
 * to a party or with an interest must not be assigned (Art. 10.3) — the domain refuses one.
 */
export const caseAssignSchema = z
  .object({
    caseId,
    on: isoDateSchema,
    mediators: z
      .array(z.object({ mediatorId, conflicted: z.boolean().default(false) }).strict())
      .min(1, 'field.MEDIATOR_REQUIRED')
      .max(10, 'field.TOO_MANY')
      .refine((ms) => new Set(ms.map((m) => m.mediatorId)).size === ms.length, 'field.DUPLICATE_MEDIATOR'),
    immediate: z.boolean().default(false),
    agreedStartOn: isoDateSchema.nullable().default(null),
  })
  .strict();
export type CaseAssignInput = z.input<typeof caseAssignSchema>;

/** Why an assigned mediator steps back (Law 35/2013 Art. 10.3: relation or interest; Art. 18.3: other reasons). */
export const recusalReasons = ['relative', 'interest', 'other'] as const;
export const caseDeclineSchema = z
  .object({
    caseId,
    mediatorId,
    on: isoDateSchema,
    reason: z.enum(recusalReasons, { message: 'field.RECUSAL_REASON' }),
    note: safeText(500, { tooLong: 'field.TOO_LONG' }).nullable().default(null),
  })
  .strict();
export type CaseDeclineInput = z.input<typeof caseDeclineSchema>;

/** Who else was invited to help (Art. 20.3): village elders, relatives, legal-support members. */
export const inviteeKinds = ['elder', 'relative', 'legal_support', 'other'] as const;
export const caseInviteSchema = z
  .object({
    caseId,
    fullName: safeText(120, { min: 2, tooShort: 'field.FULL_NAME_TOO_SHORT', tooLong: 'field.FULL_NAME_TOO_LONG' }),
    kind: z.enum(inviteeKinds, { message: 'field.INVALID_OPTION' }),
    note: safeText(300, { tooLong: 'field.TOO_LONG' }).nullable().default(null),
  })
  .strict();
export type CaseInviteInput = z.input<typeof caseInviteSchema>;

/** One mediation session (Art. 21): when, where, how long, who attended, what was said in brief. */
export const caseSessionSchema = z
  .object({
    caseId,
    clientKey: z.string().uuid('field.CLIENT_KEY'),
    heldOn: isoDateSchema,
    place: safeText(200, { min: 2, tooShort: 'field.PLACE_REQUIRED', tooLong: 'field.TOO_LONG' }),
    durationMinutes: z.number().int('field.INTEGER').min(5, 'field.DURATION').max(720, 'field.DURATION'),
    attendees: safeText(1000, {
      min: 2,
      multiline: true,
      tooShort: 'field.ATTENDEES_REQUIRED',
      tooLong: 'field.TOO_LONG',
    }),
    brief: safeText(4000, { multiline: true, tooLong: 'field.TOO_LONG' }).default(''),
  })
  .strict();
export type CaseSessionInput = z.input<typeof caseSessionSchema>;

/** Suspend, resume, withdraw (a party stops it, Art. 23.2): the case and the day. */
export const caseDayActionSchema = z.object({ caseId, on: isoDateSchema }).strict();
export type CaseDayActionInput = z.input<typeof caseDayActionSchema>;

/** The content of the written agreement a form sends (Art. 24.2); parties and mediators come from the case file. */
export const agreementDraftSchema = z
  .object({
    basis: safeText(2000, { multiline: true, tooLong: 'field.TOO_LONG' }).default(''),
    matterSummary: safeText(4000, { multiline: true, tooLong: 'field.TOO_LONG' }).default(''),
    mediationCourse: safeText(4000, { multiline: true, tooLong: 'field.TOO_LONG' }).default(''),
    agreementAndMeasures: safeText(4000, { multiline: true, tooLong: 'field.TOO_LONG' }).default(''),
    rightsAndObligations: safeText(4000, { multiline: true, tooLong: 'field.TOO_LONG' }).default(''),
    performanceMethodAndTime: safeText(2000, { multiline: true, tooLong: 'field.TOO_LONG' }).default(''),
    /** Each party's and each mediator's mark, by their id in the case file. */
    signatures: z
      .array(
        z
          .object({ signerId: z.string().uuid('field.ID_REQUIRED'), mark: z.enum(['signature', 'fingerprint']) })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type AgreementDraftInput = z.input<typeof agreementDraftSchema>;

/** The end of the mediation (Art. 23): successful (with its complete written agreement), unsuccessful, stopped. */
export const caseOutcomes = ['successful', 'unsuccessful', 'stopped_by_party'] as const;
export const caseOutcomeSchema = z
  .object({
    caseId,
    on: isoDateSchema,
    outcome: z.enum(caseOutcomes, { message: 'field.CASE_OUTCOME' }),
    agreement: agreementDraftSchema.nullable().default(null),
  })
  .strict();
export type CaseOutcomeInput = z.input<typeof caseOutcomeSchema>;

/** How an agreement was kept when followed up (Art. 25–26). */
export const followUpResults = ['kept', 'partly', 'not_kept'] as const;
export const caseFollowUpSchema = z
  .object({
    caseId,
    followUpId: z.string().uuid('field.ID_REQUIRED'),
    on: isoDateSchema,
    result: z.enum(followUpResults, { message: 'field.FOLLOW_UP_RESULT' }),
    note: safeText(1000, { multiline: true, tooLong: 'field.TOO_LONG' }).nullable().default(null),
  })
  .strict();
export type CaseFollowUpInput = z.input<typeof caseFollowUpSchema>;
