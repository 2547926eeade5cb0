/**
 * Joining and leaving a team. Joining records the recognition decision (Law 35/2013 Art. 8.4) and the election
 * organiser's attestations of the Art. 7 standards; leaving records the day and the reason (Art. 11.1 grounds, or
 * death, or a move to another team). A membership is closed, never deleted.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';

export const membershipRoleSchema = z.enum(['member', 'leader', 'deputy'], {
  message: 'field.MEMBER_ROLE',
});
export type MembershipRole = z.infer<typeof membershipRoleSchema>;
export const leaveReasonSchema = z.enum(
  ['voluntary', 'lost_standard', 'violation_or_sanctioned', 'deceased', 'transferred'],
  { message: 'field.LEAVE_REASON' },
);
export type LeaveReason = z.infer<typeof leaveReasonSchema>;

export const joinTeamSchema = z
  .object({
    teamId: z.string().uuid('field.TEAM_ID'),
    mediatorId: z.string().uuid('field.MEDIATOR_CHOOSE'),
    role: membershipRoleSchema.default('member'),
    joinedOn: isoDateSchema,
    recognitionDecisionNo: safeText(60, { tooLong: 'field.DECISION_NO_TOO_LONG' }).nullable().default(null),
    recognitionDecisionOn: isoDateSchema.nullable().default(null),
    /** Art. 7: the person volunteers; the organiser attests character, persuasiveness and legal knowledge. */
    volunteers: z.boolean({ message: 'field.VOLUNTARY_REQUIRED' }),
    attestations: z
      .object({
        goodCharacterAndRespected: z.boolean(),
        ableToPersuade: z.boolean(),
        hasLegalKnowledge: z.boolean(),
      })
      .strict(),
  })
  .strict();
export type JoinTeam = z.infer<typeof joinTeamSchema>;

export const leaveTeamSchema = z
  .object({
    membershipId: z.string().uuid('field.MEMBERSHIP_ID'),
    leftOn: isoDateSchema,
    reason: leaveReasonSchema,
  })
  .strict();
export type LeaveTeam = z.infer<typeof leaveTeamSchema>;
