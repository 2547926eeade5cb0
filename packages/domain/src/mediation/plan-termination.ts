/**
 * Ending a mediator's service (thôi làm hòa giải viên) — Law 35/2013 Art. 11, deadlines from the TTHC record
 * "Thủ tục thôi làm hòa giải viên" (QĐ 2338/QĐ-BTP), rule R-MED-3.
 */
import { z } from 'zod';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { isoDateSchema, type IsoDate } from '../calendar/iso-date.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { mediatorStandardSchema, type MediatorStandard } from './check-candidate-standards.ts';
import { entityIdSchema } from './ids.ts';
import { mediationDeadline } from './mediation-deadlines.ts';
import { parseInput } from '../errors/parse-input.ts';

/** Art. 11.1: (a) own wish; (b) no longer meets an Art. 7 standard; (c) broke the Art. 4 principles or was dealt with for a violation. */
export const terminationGroundSchema = z.enum(['voluntary', 'lost_standard', 'violation_or_sanctioned']);
export type TerminationGround = z.infer<typeof terminationGroundSchema>;

/** A proposal to end a mediator's service; `lostStandard` names the Art. 7 standard for ground (b). */
export const terminationProposalSchema = z
  .object({
    mediatorId: entityIdSchema,
    isTeamLeader: z.boolean(),
    ground: terminationGroundSchema,
    lostStandard: mediatorStandardSchema.nullable().default(null),
    proposedOn: isoDateSchema,
    /** What happened, in the proposer's words (form 08); required for ground (c), which the decision must explain. */
    details: z.string().trim().max(1000, 'field.PROPOSAL_DETAILS_TOO_LONG').nullable().default(null),
  })
  .strict()
  .refine((p) => (p.ground === 'lost_standard') === (p.lostStandard !== null), {
    path: ['lostStandard'],
    message: 'field.LOST_STANDARD_ONLY_FOR_B',
  })
  .refine((p) => p.ground !== 'violation_or_sanctioned' || (p.details ?? '') !== '', {
    path: ['details'],
    message: 'field.VIOLATION_DETAILS_REQUIRED',
  });
export type TerminationProposalInput = z.input<typeof terminationProposalSchema>;

/** Who proposes, whether the Front head may disagree, and the verification deadline (Art. 11.2; R-MED-3). */
export type TerminationPlan = {
  ground: TerminationGround;
  lostStandard: MediatorStandard | null;
  /** Who writes the proposal: the team leader, or — for the leader — the Front Work Committee head with the village head (Art. 11.2). */
  proposer: 'team_leader' | 'front_head_and_village_head';
  /** The Front head may disagree (form 09) only on grounds (b) and (c), not on the mediator's own wish. */
  frontHeadMayDisagree: boolean;
  /** Last day for the Front head to verify and send the proposal (10 days), or null when the Front head proposes directly. */
  verificationDueOn: IsoDate | null;
};

/**
 * The route of a termination (Law 35/2013 Art. 11.2; TTHC; R-MED-3). The chairman then decides within 05 working
 * days of receiving the proposal: `mediationDeadline('termination_decision', receivedOn)`.
 */
export function planTermination(
  proposal: TerminationProposalInput,
  calendar: HolidayCalendar = vietnamCalendar,
): TerminationPlan {
  const p = parseInput(terminationProposalSchema, proposal);
  return {
    ground: p.ground,
    lostStandard: p.lostStandard,
    proposer: p.isTeamLeader ? 'front_head_and_village_head' : 'team_leader',
    frontHeadMayDisagree: p.ground !== 'voluntary' && !p.isTeamLeader,
    verificationDueOn: p.isTeamLeader ? null : mediationDeadline('termination_verification', p.proposedOn, calendar),
  };
}
