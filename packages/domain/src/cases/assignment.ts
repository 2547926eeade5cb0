/**
 * Assigning mediators to a case (issue 11, point 3) — Law 35/2013 Art. 18 (the team leader assigns the team's
 * mediators, never one with an interest or who cannot be impartial) and Art. 10.3 (a mediator must decline when they
 * have rights or obligations in the matter, or another reason keeps them from being objective — e.g. a relative of a
 * party). The recusal prompt asks each proposed mediator; whoever declines is left out, with the reason kept.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { entityIdSchema } from '../mediation/ids.ts';
import { parseInput } from '../errors/parse-input.ts';

/** Why a mediator declines (Art. 10.3): related to a party, an interest in the matter, another ground of partiality. */
export const recusalReasonSchema = z.enum(['related_to_party', 'has_interest', 'cannot_be_impartial'], {
  message: 'field.RECUSAL_REASON',
});
export type RecusalReason = z.infer<typeof recusalReasonSchema>;

/** One proposed mediator: their current team, and their answer to the recusal prompt (null: no ground to decline). */
export const proposedMediatorSchema = z
  .object({
    mediatorId: entityIdSchema,
    /** The team of the mediator's open membership (null: none). */
    teamId: entityIdSchema.nullable(),
    recusal: recusalReasonSchema.nullable().default(null),
  })
  .strict();
export type ProposedMediatorInput = z.input<typeof proposedMediatorSchema>;

/** Who is assigned and who declined — `assigned` feeds the `assign` event of the case (`conflicted: false` each). */
export type AssignmentDecision = {
  assigned: Array<{ mediatorId: string; conflicted: false }>;
  declined: Array<{ mediatorId: string; reason: RecusalReason }>;
};

/**
 * The mediators a case can be given (Art. 10.3, 18): every proposed one must belong to the case's team
 * (`CASE.MEDIATOR_OF_ANOTHER_TEAM`), those who decline are left out, and at least one must remain (`CASE.NO_MEDIATOR_LEFT`).
 * @example decideAssignment('t1', [{ mediatorId: 'a', teamId: 't1' }, { mediatorId: 'b', teamId: 't1', recusal: 'related_to_party' }])
 */
export function decideAssignment(caseTeamId: string, proposed: readonly ProposedMediatorInput[]): AssignmentDecision {
  const list = parseInput(z.array(proposedMediatorSchema).min(1, 'field.MEDIATOR_REQUIRED'), proposed);
  const stranger = list.find((m) => m.teamId !== caseTeamId);
  if (stranger)
    throw new DomainError('CASE.MEDIATOR_OF_ANOTHER_TEAM', { field: 'mediators', mediator: stranger.mediatorId });
  const assigned = list
    .filter((m) => m.recusal === null)
    .map((m) => ({ mediatorId: m.mediatorId, conflicted: false as const }));
  if (assigned.length === 0) throw new DomainError('CASE.NO_MEDIATOR_LEFT', { field: 'mediators' });
  const declined = list.flatMap((m) => (m.recusal === null ? [] : [{ mediatorId: m.mediatorId, reason: m.recusal }]));
  return { assigned, declined };
}
