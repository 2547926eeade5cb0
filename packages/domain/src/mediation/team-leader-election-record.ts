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

const count = z.number().int('field.INTEGER').min(0, 'field.NOT_NEGATIVE').max(100, 'field.NUMBER_TOO_BIG');

/** One team-leader election as the commune enters it; `members` are the team's active mediators that day. */
export const teamLeaderElectionRecordSchema = z
  .object({
    teamId: entityIdSchema,
    heldOn: isoDateSchema,
    method: z.enum(['open_vote', 'secret_ballot']),
    members: z.array(entityIdSchema).min(1, 'field.TEAM_NO_ACTIVE_MEDIATORS'),
    /** Mediators present at the meeting (recorded on forms 04–05). */
    attendingMembers: count,
    candidates: z
      .array(z.object({ mediatorId: entityIdSchema, votesFor: count }).strict())
      .min(1, 'field.LEADER_CANDIDATES_REQUIRED'),
    /** The day the chairman received the Front head's proposal (form 07); null until it is sent. */
    proposalReceivedOn: isoDateSchema.nullable().default(null),
  })
  .strict()
  .superRefine((r, ctx) => {
    const members = new Set(r.members);
    if (members.size !== r.members.length)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'field.DUPLICATE_MEDIATOR' });
    if (r.attendingMembers > members.size)
      ctx.addIssue({
        code: 'custom',
        path: ['attendingMembers'],
        message: 'field.ATTENDING_EXCEED_MEMBERS',
        params: { attending: r.attendingMembers, members: members.size },
      });
    const seen = new Set<string>();
    r.candidates.forEach((c, i) => {
      // Art. 14.1: the leader is elected "trong số các hòa giải viên" — from the team's own mediators.
      if (!members.has(c.mediatorId))
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'mediatorId'],
          message: 'field.CANDIDATE_NOT_MEMBER',
          params: { n: i + 1 },
        });
      if (seen.has(c.mediatorId))
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'mediatorId'],
          message: 'field.DUPLICATE_CANDIDATE_LEADER',
          params: { n: i + 1 },
        });
      seen.add(c.mediatorId);
      if (c.votesFor > r.attendingMembers)
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'votesFor'],
          message: 'field.VOTES_EXCEED_ATTENDING',
          params: { n: i + 1, votes: c.votesFor, attending: r.attendingMembers },
        });
    });
    if (r.proposalReceivedOn !== null && r.proposalReceivedOn < r.heldOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['proposalReceivedOn'],
        message: 'field.PROPOSAL_RECEIVED_BEFORE_ELECTION',
        params: { received: r.proposalReceivedOn, held: r.heldOn },
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
