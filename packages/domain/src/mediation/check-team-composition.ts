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
 * Every unmet composition condition of a team, not just the first (Law 35/2013 Art. 12.1; R-TEAM-1).
 * Only active members count; the leader counts as a mediator and must be an active member.
 * @example checkTeamComposition({ leaderId: 'a', members }).map((i) => i.code) // ['TEAM.NO_WOMAN']
 */
export function checkTeamComposition(team: TeamInput, rules: TeamCompositionRules = {}): Issue[] {
  const t = parseInput(teamSchema, team);
  const { minMediators } = parseInput(teamCompositionRulesSchema, rules);
  const active = t.members.filter((m) => m.active);
  const issues: Issue[] = [];
  if (active.length < minMediators)
    issues.push(issue('TEAM.TOO_FEW_MEDIATORS', { count: active.length, min: minMediators }));
  if (!active.some((m) => m.sex === 'female')) issues.push(issue('TEAM.NO_WOMAN'));
  if (t.villageEthnicMinorityArea && !active.some((m) => m.ethnicMinority))
    issues.push(issue('TEAM.NO_ETHNIC_MINORITY_MEDIATOR'));
  if (t.leaderId === null) issues.push(issue('TEAM.NO_LEADER'));
  else if (!active.some((m) => m.mediatorId === t.leaderId)) issues.push(issue('TEAM.LEADER_NOT_ACTIVE_MEMBER'));
  return issues;
}
