/**
 * The state of a mediation case (vụ, việc hòa giải) — Law 35/2013 Art. 16–27, rule R-CASE-1.
 * The status says where the case is; the dates record what the deadlines and the logbook need.
 */
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../calendar/iso-date.ts';
import { entityIdSchema } from './ids.ts';
import { referralTargetSchema } from './scope-referrals.ts';

/**
 * Every status of R-CASE-1: received → assigned → in_progress (⇄ suspended, Art. 17.4: a party asks to pause) → an
 * Art. 23 end → (successful) follow-up → performed or not; `out_of_scope` closes a case at intake or, when the facts
 * surface later (signs of a crime in a session), from assigned, in_progress or suspended (Art. 10.5, Decree 15/2014 Art. 5.2).
 */
export const caseStatuses = [
  'received',
  'assigned',
  'in_progress',
  'suspended',
  'successful',
  'unsuccessful',
  'stopped_by_party',
  'out_of_scope',
  'follow_up',
  'performed',
  'not_performed',
] as const;
export const caseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** Statuses in which the mediation has ended under Law 35/2013 Art. 23 (agreement, a party stopped it, futile). */
export const endedCaseStatuses: readonly CaseStatus[] = [
  'successful',
  'unsuccessful',
  'stopped_by_party',
  'follow_up',
  'performed',
  'not_performed',
];
/** Statuses that count as successful mediation (hòa giải thành, Art. 24), including its follow-up. */
export const successfulCaseStatuses: readonly CaseStatus[] = ['successful', 'follow_up', 'performed', 'not_performed'];

const date = isoDateSchema.nullable().default(null);

/** A case's state as stored; `transitionCase` returns the next one. */
export const caseStateSchema = z
  .object({
    status: caseStatusSchema,
    receivedOn: isoDateSchema,
    lastChangedOn: isoDateSchema,
    mediatorIds: z.array(entityIdSchema).default([]),
    assignedOn: date,
    /** Last day to start (R-CASE-2); the assignment day itself when mediation is immediate. */
    startDueOn: date,
    startedOn: date,
    startedLate: z.boolean().default(false),
    /** The day the mediation ended under Art. 23; for a success, the agreement date that starts the court window. */
    endedOn: date,
    hasWrittenAgreement: z.boolean().default(false),
    /** The day a party's request paused the mediation (Art. 17.4); null while not suspended. */
    suspendedOn: date,
    /** Where an out-of-scope case was referred (R-SCOPE-1). */
    referrals: z.array(referralTargetSchema).default([]),
    /** The competent bodies the matter was reported to (Art. 10.5, 15.4), e.g. the commune police for signs of a crime. */
    reportedTo: z.array(referralTargetSchema).default([]),
    /** The status in which the case was found out of scope: `received` at intake, later when found during mediation. */
    outOfScopeFrom: caseStatusSchema.nullable().default(null),
    /** The day the case was closed (out of scope, performed, not performed). */
    closedOn: date,
  })
  .strict();
export type CaseStateInput = z.input<typeof caseStateSchema>;
export type CaseState = z.infer<typeof caseStateSchema>;

/** A newly received case (Law 35/2013 Art. 16: a request, the mediator's knowledge, or a referral). */
export function receiveCase(receivedOn: IsoDate): CaseState {
  return caseStateSchema.parse({ status: 'received', receivedOn, lastChangedOn: receivedOn });
}
