/**
 * The yearly review of a mediation team (rà soát, kiện toàn tổ hòa giải) — Law 35/2013 Art. 12.3: every year the
 * Head of the Front Work Committee and the team leader review the team and recommend its consolidation. This gives
 * the review item of one team for one year: who left, who must be replaced, the composition gaps (Art. 12.1,
 * R-TEAM-1) and what to do next (supplementary election, Art. 8.3.c; team-leader election, Art. 14).
 */
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../calendar/iso-date.ts';
import { parseInput } from '../errors/parse-input.ts';
import {
  checkTeamComposition,
  teamCompositionRulesSchema,
  type TeamCompositionRules,
} from './check-team-composition.ts';
import { entityIdSchema } from './ids.ts';
import type { Issue } from './issue.ts';

/** Why a member left: a termination ground of Art. 11.1, or a death, or another reason written down. */
export const leftReasonSchema = z.enum(['voluntary', 'lost_standard', 'violation_or_sanctioned', 'deceased', 'other']);
export type LeftReason = z.infer<typeof leftReasonSchema>;

/** A membership with its history. `termEndsOn` only where a commune decision sets a term (❓ the law sets none). */
export const reviewMemberSchema = z
  .object({
    mediatorId: entityIdSchema,
    sex: z.enum(['female', 'male']),
    ethnicMinority: z.boolean(),
    joinedOn: isoDateSchema,
    leftOn: isoDateSchema.nullable().default(null),
    leftReason: leftReasonSchema.nullable().default(null),
    termEndsOn: isoDateSchema.nullable().default(null),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.leftOn !== null && m.leftOn < m.joinedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['leftOn'],
        message: 'field.LEFT_BEFORE_JOINED',
        params: { leftOn: m.leftOn, joinedOn: m.joinedOn },
      });
    if ((m.leftOn === null) !== (m.leftReason === null))
      ctx.addIssue({ code: 'custom', path: ['leftReason'], message: 'field.LEAVE_REASON_WITH_DATE' });
  });

/** One team for one year's review; `asOf` is the day of the review, inside `year`. */
export const teamYearReviewSchema = z
  .object({
    teamId: entityIdSchema,
    year: z.number().int().min(2014, 'field.REVIEW_YEAR_MIN').max(2100),
    asOf: isoDateSchema,
    villageEthnicMinorityArea: z.boolean().default(true),
    leaderId: entityIdSchema.nullable(),
    /** The number of mediators the chairman set for this team (Art. 12.2); null → the legal minimum. */
    plannedMediators: z.number().int().min(3, 'field.TEAM_MIN_MEDIATORS').max(100).nullable().default(null),
    members: z.array(reviewMemberSchema),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!r.asOf.startsWith(`${r.year}-`))
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        message: 'field.REVIEW_DATE_IN_YEAR',
        params: { asOf: r.asOf, year: r.year },
      });
    const seen = new Set<string>();
    r.members.forEach((m, i) => {
      if (seen.has(m.mediatorId))
        ctx.addIssue({ code: 'custom', path: ['members', i, 'mediatorId'], message: 'field.DUPLICATE_MEDIATOR' });
      seen.add(m.mediatorId);
    });
  });
export type TeamYearReviewInput = z.input<typeof teamYearReviewSchema>;

/** What the review finds and asks for. */
export type TeamYearReview = {
  teamId: string;
  year: number;
  asOf: IsoDate;
  /** Active mediators on `asOf`. */
  activeMediators: number;
  /** Members who left during the year, up to `asOf`, in date order. */
  left: { mediatorId: string; leftOn: IsoDate; reason: LeftReason }[];
  /** Active members whose term (where one is set) ends by 31 December of the year. */
  termEnding: { mediatorId: string; termEndsOn: IsoDate }[];
  /** Places a supplementary election must fill to reach the planned size once the ending terms are gone. */
  placesToFill: number;
  /** The composition gaps on `asOf` (Art. 12.1). */
  compositionIssues: Issue[];
  actions: ('supplementary_election' | 'team_leader_election')[];
  /** Nothing to do: no gap, no place to fill. */
  consolidated: boolean;
};

/**
 * The review item of one team for one year (Law 35/2013 Art. 12.3, with Art. 8.3.c, 12.1, 14).
 * @example reviewTeamYear({ teamId: 't1', year: 2026, asOf: '2026-11-30', leaderId: 'm1', members }).actions // ['supplementary_election']
 */
export function reviewTeamYear(input: TeamYearReviewInput, rules: TeamCompositionRules = {}): TeamYearReview {
  const r = parseInput(teamYearReviewSchema, input);
  const { minMediators } = parseInput(teamCompositionRulesSchema, rules);
  const yearEnd = `${r.year}-12-31`;
  const active = r.members.filter((m) => m.joinedOn <= r.asOf && (m.leftOn === null || m.leftOn > r.asOf));
  const left = r.members
    .filter((m) => m.leftOn !== null && m.leftOn.startsWith(`${r.year}-`) && m.leftOn <= r.asOf)
    .sort((a, b) => (a.leftOn! < b.leftOn! ? -1 : a.leftOn! > b.leftOn! ? 1 : 0))
    .map((m) => ({ mediatorId: m.mediatorId, leftOn: m.leftOn!, reason: m.leftReason! }));
  const termEnding = active
    .filter((m) => m.termEndsOn !== null && m.termEndsOn <= yearEnd)
    .map((m) => ({ mediatorId: m.mediatorId, termEndsOn: m.termEndsOn! }));
  const target = Math.max(r.plannedMediators ?? minMediators, minMediators);
  const placesToFill = Math.max(0, target - (active.length - termEnding.length));
  const compositionIssues = checkTeamComposition(
    {
      villageEthnicMinorityArea: r.villageEthnicMinorityArea,
      leaderId: r.leaderId,
      members: active.map((m) => ({ mediatorId: m.mediatorId, sex: m.sex, ethnicMinority: m.ethnicMinority })),
    },
    { minMediators },
  );
  const codes = new Set(compositionIssues.map((i) => i.code));
  const needsElection = placesToFill > 0 || codes.has('TEAM.NO_WOMAN') || codes.has('TEAM.NO_ETHNIC_MINORITY_MEDIATOR');
  const needsLeader =
    codes.has('TEAM.NO_LEADER') ||
    codes.has('TEAM.LEADER_NOT_ACTIVE_MEMBER') ||
    termEnding.some((m) => m.mediatorId === r.leaderId);
  const actions = [
    ...(needsElection ? ['supplementary_election' as const] : []),
    ...(needsLeader ? ['team_leader_election' as const] : []),
  ];
  return {
    teamId: r.teamId,
    year: r.year,
    asOf: r.asOf,
    activeMediators: active.length,
    left,
    termEnding,
    placesToFill,
    compositionIssues,
    actions,
    consolidated: actions.length === 0 && compositionIssues.length === 0,
  };
}
