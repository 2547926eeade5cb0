/**
 * The result of a mediator election in a village (bầu hòa giải viên) — Law 35/2013 Art. 8.2–8.3,
 * NQLT 01/2014 Art. 12.2 (🟡), rule R-MED-2.
 */
import { z } from 'zod';
import { hasMajority } from './has-majority.ts';
import { entityIdSchema } from './ids.ts';
import { issue, type Issue } from './issue.ts';
import { parseInput } from '../errors/parse-input.ts';

const count = z.number().int('field.INTEGER').min(0, 'field.NOT_NEGATIVE').max(100_000, 'field.NUMBER_TOO_BIG');

/** How the households voted: at a meeting (open vote / secret ballot) or by opinion forms — Art. 8.2. */
export const electionMethodSchema = z.enum(['open_vote', 'secret_ballot', 'household_forms']);
export type ElectionMethod = z.infer<typeof electionMethodSchema>;

/** The counts every election record shares; `refineElectionCounts` checks them against each other. */
export type ElectionCounts = {
  method: ElectionMethod;
  villageHouseholds: number;
  participatingHouseholds: number;
  countWitnessed: boolean | null;
  candidates: readonly { candidateId: string; votesFor: number }[];
};

/**
 * Refuses impossible counts, each naming its field with a catalogue key (`field.*`): more households taking part than the village has,
 * more votes for a candidate than households taking part, a candidate twice, a ballot without its witness answer.
 */
export function refineElectionCounts(e: ElectionCounts, ctx: z.RefinementCtx): void {
  if (e.participatingHouseholds > e.villageHouseholds) {
    ctx.addIssue({
      code: 'custom',
      path: ['participatingHouseholds'],
      message: 'field.HOUSEHOLDS_EXCEED_VILLAGE',
      params: { count: e.participatingHouseholds, households: e.villageHouseholds },
    });
  }
  e.candidates.forEach((c, i) => {
    if (c.votesFor > e.participatingHouseholds) {
      ctx.addIssue({
        code: 'custom',
        path: ['candidates', i, 'votesFor'],
        message: 'field.VOTES_EXCEED_HOUSEHOLDS',
        params: { n: i + 1, votes: c.votesFor, count: e.participatingHouseholds },
      });
    }
  });
  const seen = new Set<string>();
  e.candidates.forEach((c, i) => {
    if (seen.has(c.candidateId))
      ctx.addIssue({
        code: 'custom',
        path: ['candidates', i, 'candidateId'],
        message: 'field.DUPLICATE_CANDIDATE_N',
        params: { n: i + 1 },
      });
    seen.add(c.candidateId);
  });
  if (e.method !== 'open_vote' && e.countWitnessed === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['countWitnessed'],
      message: 'field.COUNT_WITNESSED_REQUIRED',
    });
  }
}

/** One election's count. `participatingHouseholds` = representatives at the meeting, or forms returned. */
export const mediatorElectionSchema = z
  .object({
    method: electionMethodSchema,
    villageHouseholds: count.min(1, 'field.VILLAGE_HOUSEHOLDS_MIN'),
    participatingHouseholds: count,
    /** Places to fill, as set by the commune chairman (Art. 8.3.b, 12.2); for a supplementary election, the places left. */
    quota: z.number().int().min(1, 'field.QUOTA_MIN').max(100),
    /** Ballots (or forms) counted before a non-candidate household representative (NQLT Art. 12.2, 🟡); null for an open vote. */
    countWitnessed: z.boolean().nullable().default(null),
    candidates: z
      .array(z.object({ candidateId: entityIdSchema, votesFor: count }).strict())
      .min(1, 'field.CANDIDATES_REQUIRED'),
  })
  .strict()
  .superRefine(refineElectionCounts);
export type MediatorElectionInput = z.input<typeof mediatorElectionSchema>;

/**
 * ❓ Whose majority a candidate needs. Default `village_households` (Art. 8.3.a read as "of the households in the
 * thôn"); `participating_households` counts only those present / forms returned, if the office confirms that reading.
 */
export const mediatorElectionRulesSchema = z
  .object({
    majorityOf: z.enum(['village_households', 'participating_households']).default('village_households'),
  })
  .strict();
export type MediatorElectionRules = z.input<typeof mediatorElectionRulesSchema>;

/** `invalid`: redo the vote; `supplementary_needed`: elect `placesLeft` more; `tie_for_last_place`: tied candidates need a decision (❓ the law is silent). */
export type ElectionOutcome = 'invalid' | 'complete' | 'supplementary_needed' | 'tie_for_last_place';

/** The count's outcome (Law 35/2013 Art. 8.3; R-MED-2). */
export type MediatorElectionResult = {
  outcome: ElectionOutcome;
  issues: Issue[];
  /** Candidates over 50 % of the village's households, most votes first. */
  passed: string[];
  /** Candidates to propose for recognition (≤ quota), most votes first (Art. 8.3.b). */
  elected: string[];
  /** Passed but left out because the quota was full with more votes. */
  overQuota: string[];
  /** Passed with equal votes for the last places, more of them than places. */
  tiedForLastPlace: string[];
  placesLeft: number;
};

/**
 * Decides who is elected (Law 35/2013 Art. 8.3, NQLT 01/2014 Art. 12.2; R-MED-2): a meeting needs more than 50 %
 * of the village's households; a candidate needs the agreement of more than 50 % of ALL the village's households
 * (❓ of all households, not only those present — the reading the reference prefers); over-quota passes are
 * taken by most votes; too few → a supplementary election for `placesLeft` (call again with `quota: placesLeft`).
 * @example decideMediatorElection({ method: 'open_vote', villageHouseholds: 160, participatingHouseholds: 120, quota: 5, candidates }).elected
 */
export function decideMediatorElection(
  input: MediatorElectionInput,
  rules: MediatorElectionRules = {},
): MediatorElectionResult {
  const e = parseInput(mediatorElectionSchema, input);
  const { majorityOf } = parseInput(mediatorElectionRulesSchema, rules);
  const base = majorityOf === 'village_households' ? e.villageHouseholds : e.participatingHouseholds;
  const issues: Issue[] = [];
  if (e.method !== 'household_forms' && !hasMajority(e.participatingHouseholds, e.villageHouseholds)) {
    issues.push(issue('ELECTION.NO_QUORUM', { attending: e.participatingHouseholds, households: e.villageHouseholds }));
  }
  if (e.countWitnessed === false) issues.push(issue('ELECTION.COUNT_NOT_WITNESSED'));
  if (issues.length > 0)
    return {
      outcome: 'invalid',
      issues,
      passed: [],
      elected: [],
      overQuota: [],
      tiedForLastPlace: [],
      placesLeft: e.quota,
    };

  const passing = e.candidates.filter((c) => hasMajority(c.votesFor, base)).sort((a, b) => b.votesFor - a.votesFor);
  const passed = passing.map((c) => c.candidateId);
  const cutoff = passing[e.quota - 1]?.votesFor;
  const overflow = passing[e.quota]?.votesFor;
  const tieAtCutoff = cutoff !== undefined && cutoff === overflow;
  const elected = passing
    .filter((c, i) => i < e.quota && !(tieAtCutoff && c.votesFor === cutoff))
    .map((c) => c.candidateId);
  const tiedForLastPlace = tieAtCutoff ? passing.filter((c) => c.votesFor === cutoff).map((c) => c.candidateId) : [];
  const overQuota = passing
    .filter((c) => !elected.includes(c.candidateId) && !tiedForLastPlace.includes(c.candidateId))
    .map((c) => c.candidateId);
  const placesLeft = e.quota - elected.length;
  const outcome: ElectionOutcome = tieAtCutoff
    ? 'tie_for_last_place'
    : placesLeft > 0
      ? 'supplementary_needed'
      : 'complete';
  return { outcome, issues, passed, elected, overQuota, tiedForLastPlace, placesLeft };
}
