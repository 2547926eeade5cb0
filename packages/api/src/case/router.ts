/**
 * Mediation case files (issue 11), as far as the caller's scope reaches (the commune's every case, a team
 * leader's own team's): intake, the queue, one case file (every view audited; the parties only for
 * `case.read_personal`), screening, assignment and declining, invited persons, sessions, suspension, withdrawal,
 * the outcome with its written agreement, and the follow-ups.
 */
import {
  accidentSupportListSchema,
  accidentSupportRecordSchema,
  caseAssignSchema,
  caseClaimInputSchema,
  caseDataRequestCloseSchema,
  caseDataRequestRecordSchema,
  caseCourtAnswerSchema,
  caseCourtRequestSchema,
  caseClaimPaySchema,
  caseCountsInputSchema,
  caseDayActionSchema,
  caseDeclineSchema,
  caseFollowUpSchema,
  caseIdInputSchema,
  caseIntakeRequestSchema,
  caseLogbookInputSchema,
  caseInviteSchema,
  caseOutcomeRequestSchema,
  caseOutOfScopeSchema,
  caseQueueInputSchema,
  caseScreenSchema,
  caseSessionRequestSchema,
} from '@hgcs/domain';
import { can } from '../procedures.ts';
import { answerDataRequest } from './answer-data-request.ts';
import { listAccidentSupportsOf } from './list-accident-supports.ts';
import { recordAccidentSupport } from './record-accident-support.ts';
import { assignCase } from './assign-case.ts';
import { listDataRequestsOf } from './list-data-requests.ts';
import { recordDataRequest } from './record-data-request.ts';
import { countCases } from './count-cases.ts';
import { closeOutOfScope } from './close-out-of-scope.ts';
import { declineCase } from './decline-case.ts';
import { readCase } from './get-case.ts';
import { readLogbook } from './read-logbook.ts';
import { readClaim } from './read-claim.ts';
import { payClaim } from './pay-claim.ts';
import { intakeCase } from './intake-case.ts';
import { invitePerson } from './invite-person.ts';
import { listCases } from './list-cases.ts';
import { recordCourtAnswer } from './record-court-answer.ts';
import { recordFollowUp } from './record-follow-up.ts';
import { recordOutcome } from './record-outcome.ts';
import { recordSession } from './record-session.ts';
import { requestCourtRecognition } from './request-court-recognition.ts';
import { resumeCase } from './resume-case.ts';
import { screenCase } from './screen-case.ts';
import { suspendCase } from './suspend-case.ts';
import { withdrawCase } from './withdraw-case.ts';

export const caseRouter = {
  /** One keyset page of the queue: open cases (or all) of the scope, or of one team. */
  list: can('case.read')
    .input(caseQueueInputSchema.optional())
    .query(({ ctx, input }) => listCases(ctx.db, ctx.scope, caseQueueInputSchema.parse(input ?? {}))),
  /** How many cases each commune of the scope received in a period, by how they stand (counts only). */
  counts: can('case.count')
    .input(caseCountsInputSchema)
    .query(({ ctx, input }) => countCases(ctx.db, ctx.scope, caseCountsInputSchema.parse(input))),
  /** One case file; the view is audited. */
  get: can('case.read')
    .input(caseIdInputSchema)
    .query(({ ctx, input }) => readCase(ctx, input.id)),
  /** A team's logbook of a year (numbered cases and totals); it names the parties. Audited. */
  logbook: can('case.read_personal')
    .input(caseLogbookInputSchema)
    .query(({ ctx, input }) => readLogbook(ctx, input)),
  /** The remuneration claim of a period: payable cases and amounts (buildRemunerationClaim). */
  claim: can('case.claim')
    .input(caseClaimInputSchema)
    .query(({ ctx, input }) => readClaim(ctx, input)),
  /** Records the claim of a period as paid, once per case. Audited. */
  payClaim: can('case.claim')
    .input(caseClaimPaySchema)
    .mutation(({ ctx, input }) => payClaim(ctx, input)),
  /** The commune's data-subject requests with their legal clocks (names only with `case.read_personal`). */
  dataRequests: can('case.requests_read').query(({ ctx }) => listDataRequestsOf(ctx)),
  /** Records a data-subject request naming its case(s) by tracking code. Audited. */
  recordDataRequest: can('case.requests_record')
    .input(caseDataRequestRecordSchema)
    .mutation(({ ctx, input }) => recordDataRequest(ctx, input)),
  /** Answers a data-subject request: done, or refused naming the rule (an erasure the law forbids is refused). Audited. */
  answerDataRequest: can('case.requests_record')
    .input(caseDataRequestCloseSchema)
    .mutation(({ ctx, input }) => answerDataRequest(ctx, input)),
  /** The commune's accident support requests of a year, each with the domain's decision. */
  accidentSupports: can('case.accident_read')
    .input(accidentSupportListSchema)
    .query(({ ctx, input }) => listAccidentSupportsOf(ctx, input.year)),
  /** Records a mediator's accident support request; returns the decision. Audited. */
  recordAccidentSupport: can('case.accident_record')
    .input(accidentSupportRecordSchema)
    .mutation(({ ctx, input }) => recordAccidentSupport(ctx, input)),
  intake: can('case.record')
    .input(caseIntakeRequestSchema)
    .mutation(({ ctx, input }) => intakeCase(ctx, input)),
  screen: can('case.record')
    .input(caseScreenSchema)
    .mutation(({ ctx, input }) => screenCase(ctx, input)),
  assign: can('case.assign')
    .input(caseAssignSchema)
    .mutation(({ ctx, input }) => assignCase(ctx, input)),
  decline: can('case.assign')
    .input(caseDeclineSchema)
    .mutation(({ ctx, input }) => declineCase(ctx, input)),
  invite: can('case.record')
    .input(caseInviteSchema)
    .mutation(({ ctx, input }) => invitePerson(ctx, input)),
  recordSession: can('case.record')
    .input(caseSessionRequestSchema)
    .mutation(({ ctx, input }) => recordSession(ctx, input)),
  suspend: can('case.record')
    .input(caseDayActionSchema)
    .mutation(({ ctx, input }) => suspendCase(ctx, input)),
  resume: can('case.record')
    .input(caseDayActionSchema)
    .mutation(({ ctx, input }) => resumeCase(ctx, input)),
  withdraw: can('case.record')
    .input(caseDayActionSchema)
    .mutation(({ ctx, input }) => withdrawCase(ctx, input)),
  recordOutcome: can('case.record')
    .input(caseOutcomeRequestSchema)
    .mutation(({ ctx, input }) => recordOutcome(ctx, input)),
  /** Closes a case found out of scope after assignment, reported to the competent body; it is not paid (2a). */
  closeOutOfScope: can('case.record')
    .input(caseOutOfScopeSchema)
    .mutation(({ ctx, input }) => closeOutOfScope(ctx, input)),
  /** The parties ask the court to recognise the agreement (CPC Art. 416–418), within the 6-month limit. Audited. */
  requestCourt: can('case.record')
    .input(caseCourtRequestSchema)
    .mutation(({ ctx, input }) => requestCourtRecognition(ctx, input)),
  /** The court's answer (CPC Art. 419). Audited. */
  recordCourtAnswer: can('case.record')
    .input(caseCourtAnswerSchema)
    .mutation(({ ctx, input }) => recordCourtAnswer(ctx, input)),
  recordFollowUp: can('case.record')
    .input(caseFollowUpSchema)
    .mutation(({ ctx, input }) => recordFollowUp(ctx, input)),
};
