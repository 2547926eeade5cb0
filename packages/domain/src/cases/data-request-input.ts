/**
 * What the console sends to record and to close a data-subject request about case files (issue 11, point 10; Law
 * 91/2025, Decree 356/2025 Art. 5; security PDP-06). The requester's name and what was asked are personal data.
 * The request names its case(s) by tracking code; a refusal names its rule (`dataRequestRefusalRules`).
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';
import { dataSubjectRequestKindSchema } from './data-subject-request.ts';
import { trackingCodeSchema } from './tracking-code.ts';

export const caseDataRequestRecordSchema = z
  .object({
    clientKey: z.string().uuid('field.CLIENT_KEY'),
    kind: dataSubjectRequestKindSchema,
    receivedOn: isoDateSchema,
    requesterName: safeText(160, { min: 2, tooShort: 'field.DSR_REQUESTER' }),
    asked: safeText(2000, { min: 3, multiline: true, tooShort: 'field.DSR_ASKED' }),
    trackingCodes: z.array(trackingCodeSchema).min(1, 'field.DSR_CASES').max(20, 'field.DSR_CASES'),
    thirdPartyMustAct: z.boolean().default(false),
  })
  .strict();
export type CaseDataRequestRecordInput = z.input<typeof caseDataRequestRecordSchema>;

/** The rules a refusal may name (Law 91/2025; the erasure rules of case-erasure.ts among them). */
export const dataRequestRefusalRules = [
  'case_open',
  'court_request_pending',
  'retention_duty',
  'not_the_data_subject',
  'other_law',
] as const;
export type DataRequestRefusalRule = (typeof dataRequestRefusalRules)[number];

export const caseDataRequestCloseSchema = z
  .object({
    requestId: z.string().uuid('field.DSR_ID'),
    closedOn: isoDateSchema,
    outcome: z.enum(['done', 'refused'], { error: 'field.DSR_OUTCOME' }),
    refusalRule: z.enum(dataRequestRefusalRules, { error: 'field.DSR_REFUSAL_RULE' }).nullable().default(null),
    answer: safeText(2000, { min: 3, multiline: true, tooShort: 'field.DSR_ANSWER' }),
  })
  .strict()
  .refine((c) => (c.outcome === 'refused') === (c.refusalRule !== null), {
    path: ['refusalRule'],
    message: 'field.DSR_REFUSAL_RULE',
  });
export type CaseDataRequestCloseInput = z.input<typeof caseDataRequestCloseSchema>;
