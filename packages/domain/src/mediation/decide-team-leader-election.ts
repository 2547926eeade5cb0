/**
 * The election of a team leader (bầu tổ trưởng tổ hòa giải) by the team's mediators — Law 35/2013 Art. 14,
 * threshold from the TTHC record "Thủ tục công nhận tổ trưởng tổ hòa giải" (QĐ 2338/QĐ-BTP), rule R-MED-2.
 */
import { z } from 'zod';
import { hasMajority } from './has-majority.ts';
import { entityIdSchema } from './ids.ts';
import { issue, type Issue } from './issue.ts';
import { parseInput } from '../errors/parse-input.ts';

/** The count of a team-leader vote: how many mediators the team has and each candidate's votes. */
export const teamLeaderElectionSchema = z
  .object({
    method: z.enum(['open_vote', 'secret_ballot']),
    teamMediators: z.number().int().min(1).max(100),
    candidates: z.array(z.object({ mediatorId: entityIdSchema, votesFor: z.number().int().min(0) }).strict()).min(1),
  })
  .strict()
  .superRefine((e, ctx) => {
    e.candidates.forEach((c, i) => {
      if (c.votesFor > e.teamMediators)
        ctx.addIssue({ code: 'custom', path: ['candidates', i, 'votesFor'], message: 'field.VOTES_EXCEED_MEDIATORS' });
    });
    if (new Set(e.candidates.map((c) => c.mediatorId)).size !== e.candidates.length)
      ctx.addIssue({ code: 'custom', path: ['candidates'], message: 'field.DUPLICATE_CANDIDATE' });
  });
export type TeamLeaderElectionInput = z.input<typeof teamLeaderElectionSchema>;

/** The elected leader, or null with the reason (Law 35/2013 Art. 14). */
export type TeamLeaderElectionResult = { electedMediatorId: string | null; issues: Issue[] };

/**
 * Elected = most votes AND more than 50 % of the team's mediators (Law 35/2013 Art. 14; TTHC; R-MED-2).
 * A tie for most votes elects no one (a new vote is needed). Deadlines: `team_leader_proposal`, `team_leader_recognition`.
 */
export function decideTeamLeaderElection(input: TeamLeaderElectionInput): TeamLeaderElectionResult {
  const e = parseInput(teamLeaderElectionSchema, input);
  const top = Math.max(...e.candidates.map((c) => c.votesFor));
  const leaders = e.candidates.filter((c) => c.votesFor === top);
  if (!hasMajority(top, e.teamMediators))
    return { electedMediatorId: null, issues: [issue('ELECTION.LEADER_NO_MAJORITY')] };
  if (leaders.length > 1) return { electedMediatorId: null, issues: [issue('ELECTION.LEADER_TIE')] };
  return { electedMediatorId: leaders[0]?.mediatorId ?? null, issues: [] };
}
