/**
 * What can happen to a mediation case — Law 35/2013 Art. 18 (assignment), 20 (start), 23–27 (end, follow-up),
 * rule R-CASE-1. One schema per event, discriminated by `type`.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { writtenAgreementSchema } from './check-written-agreement.ts';
import { entityIdSchema } from './ids.ts';
import { referralTargetSchema } from './scope-referrals.ts';

const assignment = {
  /** `conflicted`: the mediator has an interest or cannot be impartial (Art. 10.3, 18.2) — such a mediator is refused. */
  mediators: z
    .array(z.object({ mediatorId: entityIdSchema, conflicted: z.boolean() }).strict())
    .min(1, 'field.MEDIATOR_REQUIRED'),
  /** Mediation needed on the spot (hòa giải ngay): the start is due the same day (Art. 20.2). */
  immediate: z.boolean().default(false),
  /** A start date the parties agreed on (Art. 20.2), replacing the 3-day limit. */
  agreedStartOn: isoDateSchema.nullable().default(null),
};

/** Every event of the case state machine. */
export const caseEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assign'), ...assignment }).strict(),
  z.object({ type: z.literal('reassign'), ...assignment }).strict(),
  z
    .object({
      type: z.literal('declare_out_of_scope'),
      referrals: z.array(referralTargetSchema).min(1, 'field.REFERRAL_REQUIRED'),
      /**
       * The competent bodies the team leader reported the matter to (Law 35/2013 Art. 10.5, 15.4); required when the
       * case is found out of scope after assignment, since that is when signs of a violation surface.
       */
      reportedTo: z.array(referralTargetSchema).default([]),
    })
    .strict(),
  z.object({ type: z.literal('start') }).strict(),
  /** A party asks to pause the mediation (Law 35/2013 Art. 17.4); `resume` continues it. */
  z.object({ type: z.literal('suspend') }).strict(),
  z
    .object({ type: z.literal('record_success'), writtenAgreement: writtenAgreementSchema.nullable().default(null) })
    .strict(),
  z.object({ type: z.literal('record_unsuccessful') }).strict(),
  z.object({ type: z.literal('record_stopped_by_party') }).strict(),
  z.object({ type: z.literal('resume') }).strict(),
  z.object({ type: z.literal('begin_follow_up') }).strict(),
  z.object({ type: z.literal('record_performed') }).strict(),
  z.object({ type: z.literal('record_not_performed') }).strict(),
]);
export type CaseEventInput = z.input<typeof caseEventSchema>;
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEvent['type'];
/** Every event type, in schema order (R-CASE-1). */
export const caseEventTypes = caseEventSchema.options.map((o) => o.shape.type.value) as CaseEventType[];
