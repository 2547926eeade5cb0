/**
 * Joining and leaving a team. Joining records the recognition decision (Law 35/2013 Art. 8.4) and the election
 * organiser's attestations of the Art. 7 standards; leaving records the day and the reason (Art. 11.1 grounds, or
 * death, or a move to another team). A membership is closed, never deleted.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';

export const membershipRoleSchema = z.enum(['member', 'leader', 'deputy'], {
  message: 'Vai trò: chọn thành viên, tổ trưởng hoặc tổ phó',
});
export type MembershipRole = z.infer<typeof membershipRoleSchema>;
export const leaveReasonSchema = z.enum(
  ['voluntary', 'lost_standard', 'violation_or_sanctioned', 'deceased', 'transferred'],
  { message: 'Lý do thôi: chọn một lý do' },
);
export type LeaveReason = z.infer<typeof leaveReasonSchema>;

export const joinTeamSchema = z
  .object({
    teamId: z.string().uuid('Tổ hòa giải: mã không hợp lệ'),
    mediatorId: z.string().uuid('Hòa giải viên: chọn một người'),
    role: membershipRoleSchema.default('member'),
    joinedOn: isoDateSchema,
    recognitionDecisionNo: safeText(60, { tooLong: 'Số quyết định quá dài' }).nullable().default(null),
    recognitionDecisionOn: isoDateSchema.nullable().default(null),
    /** Art. 7: the person volunteers; the organiser attests character, persuasiveness and legal knowledge. */
    volunteers: z.boolean({ message: 'Tự nguyện: cần xác nhận' }),
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
    membershipId: z.string().uuid('Thành viên: mã không hợp lệ'),
    leftOn: isoDateSchema,
    reason: leaveReasonSchema,
  })
  .strict();
export type LeaveTeam = z.infer<typeof leaveTeamSchema>;
