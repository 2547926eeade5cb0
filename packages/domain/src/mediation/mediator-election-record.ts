/**
 * The record of a mediator election in a village (biên bản bầu hòa giải viên, forms 01–03 of the TTHC record) as
 * the commune enters it — Law 35/2013 Art. 8, NQLT 01/2014 Art. 12 (🟡): who was on the list and who put them
 * there, how the households voted, how many took part, each candidate's votes, and the places to fill.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { electionMethodSchema, refineElectionCounts, type MediatorElectionInput } from './decide-mediator-election.ts';
import { entityIdSchema } from './ids.ts';
import { parseInput } from '../errors/parse-input.ts';

const count = z.number().int('field.INTEGER').min(0, 'field.NOT_NEGATIVE').max(100_000, 'field.NUMBER_TOO_BIG');

/**
 * How a candidate came onto the list (Law 35/2013 Art. 8.1): they stood themselves, or the Front Work Committee
 * (Ban công tác Mặt trận), with the village head and the Front's member organisations, introduced them.
 */
export const candidateNominationSchema = z.enum(['self', 'front_work_committee']);
export type CandidateNomination = z.infer<typeof candidateNominationSchema>;

/** One person on the election list and the votes of agreement they received. */
export const electionCandidateSchema = z
  .object({
    candidateId: entityIdSchema,
    fullName: z.string().trim().min(2, 'field.CANDIDATE_NAME_TOO_SHORT').max(120, 'field.CANDIDATE_NAME_TOO_LONG'),
    nomination: candidateNominationSchema,
    votesFor: count,
  })
  .strict();

/** A whole election record; `round: 'supplementary'` is the election Art. 8.3.c calls for when too few were elected. */
export const mediatorElectionRecordSchema = z
  .object({
    villageId: entityIdSchema,
    heldOn: isoDateSchema,
    round: z.enum(['regular', 'supplementary']).default('regular'),
    method: electionMethodSchema,
    /** All households of the village (thôn, làng) — the base of the > 50 % rule (Art. 8.3.a). */
    villageHouseholds: count.min(1, 'field.VILLAGE_HOUSEHOLDS_MIN'),
    /** Household representatives at the meeting, or opinion forms returned. */
    participatingHouseholds: count,
    /** Places the commune chairman set for this team (Art. 12.2); for a supplementary round, the places left. */
    quota: z.number().int('field.INTEGER').min(1, 'field.QUOTA_MIN').max(100, 'field.NUMBER_TOO_BIG'),
    countWitnessed: z.boolean().nullable().default(null),
    candidates: z.array(electionCandidateSchema).min(1, 'field.CANDIDATES_REQUIRED'),
    /** The day the chairman received the Front head's list (Art. 8.3.d); null until it is sent. */
    listReceivedOn: isoDateSchema.nullable().default(null),
  })
  .strict()
  .superRefine((r, ctx) => {
    refineElectionCounts(r, ctx);
    if (r.listReceivedOn !== null && r.listReceivedOn < r.heldOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['listReceivedOn'],
        message: 'field.LIST_RECEIVED_BEFORE_ELECTION',
        params: { received: r.listReceivedOn, held: r.heldOn },
      });
    }
  });
export type MediatorElectionRecordInput = z.input<typeof mediatorElectionRecordSchema>;
export type MediatorElectionRecord = z.infer<typeof mediatorElectionRecordSchema>;

/**
 * Checks a record and returns the count `decideMediatorElection` decides on (Law 35/2013 Art. 8.3).
 * @example decideMediatorElection(electionCountOf(record)).elected // candidate ids, most votes first
 */
export function electionCountOf(record: MediatorElectionRecordInput): MediatorElectionInput {
  const r = parseInput(mediatorElectionRecordSchema, record);
  return {
    method: r.method,
    villageHouseholds: r.villageHouseholds,
    participatingHouseholds: r.participatingHouseholds,
    quota: r.quota,
    countWitnessed: r.countWitnessed,
    candidates: r.candidates.map(({ candidateId, votesFor }) => ({ candidateId, votesFor })),
  };
}
