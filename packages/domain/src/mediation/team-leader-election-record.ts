/**
 * The record of a team-leader election (biên bản bầu tổ trưởng tổ hòa giải, forms 04–05 of the TTHC record) and its
 * decision — Law 35/2013 Art. 14: the team's mediators elect one of themselves, chaired by the Head of the Front Work
 * Committee, by open vote or secret ballot; the result goes to the commune chairman for recognition.
 */
import { z } from 'zod';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { isoDateSchema, type IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { decideTeamLeaderElection, type TeamLeaderElectionResult } from './decide-team-leader-election.ts';
import { entityIdSchema } from './ids.ts';
import { mediationDeadline } from './mediation-deadlines.ts';
import { parseInput } from '../errors/parse-input.ts';

const count = z.number().int('Phải là số nguyên').min(0, 'Không được là số âm').max(100, 'Số quá lớn');

/** One team-leader election as the commune enters it; `members` are the team's active mediators that day. */
export const teamLeaderElectionRecordSchema = z
  .object({
    teamId: entityIdSchema,
    heldOn: isoDateSchema,
    method: z.enum(['open_vote', 'secret_ballot']),
    members: z.array(entityIdSchema).min(1, 'Tổ chưa có hòa giải viên đang hoạt động'),
    /** Mediators present at the meeting (recorded on forms 04–05). */
    attendingMembers: count,
    candidates: z
      .array(z.object({ mediatorId: entityIdSchema, votesFor: count }).strict())
      .min(1, 'Phải có ít nhất một người ứng cử tổ trưởng'),
    /** The day the chairman received the Front head's proposal (form 07); null until it is sent. */
    proposalReceivedOn: isoDateSchema.nullable().default(null),
  })
  .strict()
  .superRefine((r, ctx) => {
    const members = new Set(r.members);
    if (members.size !== r.members.length)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'Danh sách hòa giải viên của tổ có người bị trùng' });
    if (r.attendingMembers > members.size)
      ctx.addIssue({
        code: 'custom',
        path: ['attendingMembers'],
        message: `Số hòa giải viên dự họp (${r.attendingMembers}) vượt số hòa giải viên của tổ (${members.size})`,
      });
    const seen = new Set<string>();
    r.candidates.forEach((c, i) => {
      // Art. 14.1: the leader is elected "trong số các hòa giải viên" — from the team's own mediators.
      if (!members.has(c.mediatorId))
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'mediatorId'],
          message: `Người ứng cử thứ ${i + 1} không phải hòa giải viên đang hoạt động của tổ`,
        });
      if (seen.has(c.mediatorId))
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'mediatorId'],
          message: `Người ứng cử thứ ${i + 1} bị trùng`,
        });
      seen.add(c.mediatorId);
      if (c.votesFor > r.attendingMembers)
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'votesFor'],
          message: `Số phiếu của người ứng cử thứ ${i + 1} (${c.votesFor}) vượt số hòa giải viên dự họp (${r.attendingMembers})`,
        });
    });
    if (r.proposalReceivedOn !== null && r.proposalReceivedOn < r.heldOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['proposalReceivedOn'],
        message: `Ngày Chủ tịch UBND xã nhận đề nghị (${r.proposalReceivedOn}) không được trước ngày bầu (${r.heldOn})`,
      });
    }
  });
export type TeamLeaderElectionRecordInput = z.input<typeof teamLeaderElectionRecordSchema>;

/** The decision, and the two time limits of the TTHC record that follow it. */
export type TeamLeaderElectionRecordResult = TeamLeaderElectionResult & {
  /** Last day for the Front head to send the proposal: 05 days from the meeting. */
  proposalDueOn: IsoDate;
  /** Last day for the chairman's recognition: 05 working days from receiving the proposal; null until it is received. */
  recognitionDueOn: IsoDate | null;
};

/**
 * Decides a recorded team-leader election: most votes and more than 50 % of ALL the team's mediators, not only of
 * those present (Law 35/2013 Art. 14; TTHC "công nhận tổ trưởng tổ hòa giải"; R-MED-2), with its deadlines.
 * @example decideTeamLeaderElectionRecord(record).electedMediatorId // 'm2', or null with the reason in `issues`
 */
export function decideTeamLeaderElectionRecord(
  record: TeamLeaderElectionRecordInput,
  calendar: HolidayCalendar = vietnamCalendar,
): TeamLeaderElectionRecordResult {
  const r = parseInput(teamLeaderElectionRecordSchema, record);
  const result = decideTeamLeaderElection({
    method: r.method,
    teamMediators: r.members.length,
    candidates: r.candidates,
  });
  return {
    ...result,
    proposalDueOn: mediationDeadline('team_leader_proposal', r.heldOn, calendar),
    recognitionDueOn:
      r.proposalReceivedOn === null
        ? null
        : mediationDeadline('team_leader_recognition', r.proposalReceivedOn, calendar),
  };
}
