/**
 * Court recognition of a successful mediation (issue 11, point 7; Civil Procedure Code 2015 Art. 416–419): the day
 * one or both parties asked the court, which parties asked, and what the team checked with them (Art. 417's
 * conditions, `checkCourtRecognitionRequest`); then the court's answer. The 6-month limit is the domain's
 * `courtRecognitionWindow`.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { entityIdSchema } from '../mediation/ids.ts';

export const caseCourtRequestSchema = z
  .object({
    caseId: z.string().uuid('field.CASE_ID'),
    requestedOn: isoDateSchema,
    /** The parties who sign the request (Art. 418.1: one or both). */
    requesterIds: z.array(entityIdSchema).min(1, 'field.REQUESTER_REQUIRED').max(20),
    partiesHaveFullCivilCapacity: z.boolean(),
    partiesHoldRightsConcerned: z.boolean(),
    /** null when the agreement touches no third party's rights. */
    affectedThirdPartyConsents: z.boolean().nullable().default(null),
    voluntaryLawfulAndEthical: z.boolean(),
  })
  .strict();
export type CaseCourtRequestInput = z.input<typeof caseCourtRequestSchema>;

export const courtDecisions = ['recognised', 'not_recognised'] as const;
export const caseCourtAnswerSchema = z
  .object({
    caseId: z.string().uuid('field.CASE_ID'),
    decidedOn: isoDateSchema,
    decision: z.enum(courtDecisions, { message: 'field.COURT_DECISION' }),
  })
  .strict();
export type CaseCourtAnswerInput = z.input<typeof caseCourtAnswerSchema>;
