/**
 * Composition of a mediation team (tổ hòa giải) — Law 35/2013 Art. 12.1, rule R-TEAM-1: a leader, at least
 * three mediators, at least one woman, and an ethnic-minority mediator where the village is an ethnic-minority area.
 */
import { z } from 'zod';
import { entityIdSchema } from './ids.ts';
import { issue, type Issue } from './issue.ts';
import { parseInput } from '../errors/parse-input.ts';

/** A mediator's membership of a team, with the facts the composition rule reads. */
export const teamMemberSchema = z
  .object({
    mediatorId: entityIdSchema,
    sex: z.enum(['female', 'male']),
    ethnicMinority: z.boolean(),
    /** False once the mediator has left, been terminated or is no longer recognised. */
    active: z.boolean().default(true),
  })
  .strict();
export type TeamMemberInput = z.input<typeof teamMemberSchema>;

/** A team as the rule sees it. `villageEthnicMinorityArea` defaults to true for Pờ Tó villages (R-UNIT-1). */
export const teamSchema = z
  .object({
    villageEthnicMinorityArea: z.boolean().default(true),
    leaderId: entityIdSchema.nullable(),
    members: z.array(teamMemberSchema),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (new Set(t.members.map((m) => m.mediatorId)).size !== t.members.length)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'field.DUPLICATE_MEDIATOR' });
  });
export type TeamInput = z.input<typeof teamSchema>;
export type Team = z.infer<typeof teamSchema>;

/** The minimum size (Art. 12.1: "từ 03 hòa giải viên trở lên"); the chairman may decide more per team (Art. 12.2). */
export const teamCompositionRulesSchema = z
  .object({ minMediators: z.number().int().min(3).max(100).default(3) })
  .strict();
export type TeamCompositionRules = z.input<typeof teamCompositionRulesSchema>;

/**
 * A team as counted (the registry keeps these counts per team): active mediators, women and ethnic-minority
 * mediators among them, and active leaders.
 */
export const teamCountsSchema = z
  .object({
    villageEthnicMinorityArea: z.boolean().default(true),
    members: z.number().int().min(0),
    women: z.number().int().min(0),
    ethnicMinorityMembers: z.number().int().min(0),
    leaders: z.number().int().min(0),
  })
  .strict()
  .refine((c) => c.women <= c.members && c.ethnicMinorityMembers <= c.members && c.leaders <= c.members, {
    message: 'field.COUNTS_EXCEED_MEMBERS',
  });
export type TeamCounts = z.input<typeof teamCountsSchema>;

/**
 * Every unmet composition condition of a counted team (Law 35/2013 Art. 12.1; R-TEAM-1): the same rule as
 * `checkTeamComposition`, which counts a team's members and asks this.
 * @example checkCompositionCounts({ members: 3, women: 0, ethnicMinorityMembers: 1, leaders: 1 }).map((i) => i.code) // ['TEAM.NO_WOMAN']
 */
export function checkCompositionCounts(counts: TeamCounts, rules: TeamCompositionRules = {}): Issue[] {
  const c = parseInput(teamCountsSchema, counts);
  const { minMediators } = parseInput(teamCompositionRulesSchema, rules);
  const issues: Issue[] = [];
  if (c.members < minMediators) issues.push(issue('TEAM.TOO_FEW_MEDIATORS', { count: c.members, min: minMediators }));
  if (c.women === 0) issues.push(issue('TEAM.NO_WOMAN'));
  if (c.villageEthnicMinorityArea && c.ethnicMinorityMembers === 0)
    issues.push(issue('TEAM.NO_ETHNIC_MINORITY_MEDIATOR'));
  if (c.leaders === 0) issues.push(issue('TEAM.NO_LEADER'));
  return issues;
}

/**
 * Every unmet composition condition of a team, not just the first (Law 35/2013 Art. 12.1; R-TEAM-1).
 * Only active members count; the leader counts as a mediator and must be an active member.
 * @example checkTeamComposition({ leaderId: 'a', members }).map((i) => i.code) // ['TEAM.NO_WOMAN']
 */
export function checkTeamComposition(team: TeamInput, rules: TeamCompositionRules = {}): Issue[] {
  const t = parseInput(teamSchema, team);
  const active = t.members.filter((m) => m.active);
  const leaderActive = active.some((m) => m.mediatorId === t.leaderId);
  const issues = checkCompositionCounts(
    {
      villageEthnicMinorityArea: t.villageEthnicMinorityArea,
      members: active.length,
      women: active.filter((m) => m.sex === 'female').length,
      ethnicMinorityMembers: active.filter((m) => m.ethnicMinority).length,
      leaders: leaderActive ? 1 : 0,
    },
    rules,
  );
  // A leader is named but no longer an active member: say so rather than "no leader".
  return t.leaderId !== null && !leaderActive
    ? issues.map((i) => (i.code === 'TEAM.NO_LEADER' ? issue('TEAM.LEADER_NOT_ACTIVE_MEMBER') : i))
    : issues;
}
