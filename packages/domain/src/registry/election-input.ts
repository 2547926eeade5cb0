/**
 * What the console sends for the registry's decisions (Law 35/2013 Art. 8, 11, 14): a village's mediator election
 * for a team (its candidates are people of the registry, chosen by id), the chairman's recognition (decision
 * number and date), a team-leader election, a termination (preview, then confirm with the decision), and a member's
 * role. The counts are refused as `mediatorElectionRecordSchema` refuses them, each naming its field.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { mediatorStandardSchema } from '../mediation/check-candidate-standards.ts';
import { electionMethodSchema, refineElectionCounts } from '../mediation/decide-mediator-election.ts';
import { candidateNominationSchema } from '../mediation/mediator-election-record.ts';
import { terminationGroundSchema } from '../mediation/plan-termination.ts';
import { safeText } from '../text/safe-text.ts';
import { membershipRoleSchema } from './membership-input.ts';

const count = z.number().int('field.INTEGER').min(0, 'field.NOT_NEGATIVE').max(100_000, 'field.NUMBER_TOO_BIG');
const uuid = (key: `field.${string}`) => z.string().uuid(key);
const decisionNo = safeText(60, {
  min: 1,
  tooShort: 'field.DECISION_NO_REQUIRED',
  tooLong: 'field.DECISION_NO_TOO_LONG',
});

/** A mediator election of the team's village, as recorded from the minutes (forms 01–03). */
export const electionRecordInputSchema = z
  .object({
    teamId: uuid('field.TEAM_ID'),
    heldOn: isoDateSchema,
    round: z.enum(['regular', 'supplementary']).default('regular'),
    method: electionMethodSchema,
    villageHouseholds: count.min(1, 'field.VILLAGE_HOUSEHOLDS_MIN'),
    participatingHouseholds: count,
    quota: z.number().int('field.INTEGER').min(1, 'field.QUOTA_MIN').max(100, 'field.NUMBER_TOO_BIG'),
    countWitnessed: z.boolean().nullable().default(null),
    candidates: z
      .array(
        z
          .object({
            candidateId: uuid('field.MEDIATOR_CHOOSE'),
            nomination: candidateNominationSchema,
            votesFor: count,
          })
          .strict(),
      )
      .min(1, 'field.CANDIDATES_REQUIRED')
      .max(50, 'field.NUMBER_TOO_BIG'),
    listReceivedOn: isoDateSchema.nullable().default(null),
  })
  .strict()
  .superRefine((r, ctx) => {
    refineElectionCounts(r, ctx);
    if (r.listReceivedOn !== null && r.listReceivedOn < r.heldOn)
      ctx.addIssue({
        code: 'custom',
        path: ['listReceivedOn'],
        message: 'field.LIST_RECEIVED_BEFORE_ELECTION',
        params: { received: r.listReceivedOn, held: r.heldOn },
      });
  });
export type ElectionRecordInput = z.infer<typeof electionRecordInputSchema>;

/** The chairman's recognition decision of a recorded election (mediators or team leader). */
export const recognitionInputSchema = z
  .object({ electionId: uuid('field.ELECTION_ID'), decisionNo, decisionOn: isoDateSchema })
  .strict();
export type RecognitionInput = z.infer<typeof recognitionInputSchema>;

/** A team-leader election by the team's mediators (forms 04–05); the members are the team's open ones that day. */
export const leaderElectionInputSchema = z
  .object({
    teamId: uuid('field.TEAM_ID'),
    heldOn: isoDateSchema,
    method: z.enum(['open_vote', 'secret_ballot']),
    attendingMembers: z.number().int('field.INTEGER').min(0, 'field.NOT_NEGATIVE').max(100, 'field.NUMBER_TOO_BIG'),
    candidates: z
      .array(
        z
          .object({
            mediatorId: uuid('field.MEDIATOR_CHOOSE'),
            votesFor: z.number().int('field.INTEGER').min(0, 'field.NOT_NEGATIVE').max(100, 'field.NUMBER_TOO_BIG'),
          })
          .strict(),
      )
      .min(1, 'field.LEADER_CANDIDATES_REQUIRED')
      .max(50, 'field.NUMBER_TOO_BIG'),
    proposalReceivedOn: isoDateSchema.nullable().default(null),
  })
  .strict();
export type LeaderElectionInput = z.infer<typeof leaderElectionInputSchema>;

/** What a termination would do (no decision yet): the membership concerned. */
export const terminationPreviewSchema = z.object({ membershipId: uuid('field.MEMBERSHIP_ID') }).strict();

/** The chairman's termination decision (Art. 11): ground, proposal, decision number and date. */
export const terminationConfirmSchema = z
  .object({
    membershipId: uuid('field.MEMBERSHIP_ID'),
    ground: terminationGroundSchema,
    lostStandard: mediatorStandardSchema.nullable().default(null),
    details: safeText(1000, { multiline: true, tooLong: 'field.PROPOSAL_DETAILS_TOO_LONG' }).nullable().default(null),
    proposedOn: isoDateSchema,
    decisionNo,
    decisionOn: isoDateSchema,
  })
  .strict()
  .superRefine((t, ctx) => {
    if ((t.ground === 'lost_standard') !== (t.lostStandard !== null))
      ctx.addIssue({ code: 'custom', path: ['lostStandard'], message: 'field.LOST_STANDARD_ONLY_FOR_B' });
    if (t.ground === 'violation_or_sanctioned' && (t.details ?? '') === '')
      ctx.addIssue({ code: 'custom', path: ['details'], message: 'field.VIOLATION_DETAILS_REQUIRED' });
    if (t.decisionOn < t.proposedOn)
      ctx.addIssue({ code: 'custom', path: ['decisionOn'], message: 'field.DECISION_BEFORE_PROPOSAL' });
  });
export type TerminationConfirm = z.infer<typeof terminationConfirmSchema>;

/** A member's role in the team changes (member, deputy; the leader comes from a recognised election or here). */
export const memberRoleInputSchema = z
  .object({ membershipId: uuid('field.MEMBERSHIP_ID'), role: membershipRoleSchema })
  .strict();
export type MemberRoleInput = z.infer<typeof memberRoleInputSchema>;
