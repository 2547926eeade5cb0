/**
 * What a termination does to a team's composition, to show before the chairman's decision is confirmed — Law 35/2013
 * Art. 11 (termination) read with Art. 12.1 (composition, R-TEAM-1): the issues the team would have once the member
 * leaves, and which of them the leaving causes. A termination is never refused for this (the law has no such bar);
 * the gaps call for a supplementary election (Art. 8.3.c) or a new team leader (Art. 14).
 */
import { DomainError } from '../errors/domain-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import {
  checkTeamComposition,
  teamSchema,
  type TeamCompositionRules,
  type TeamInput,
} from './check-team-composition.ts';
import { entityIdSchema } from './ids.ts';
import type { Issue } from './issue.ts';

export type TerminationImpact = {
  /** The team's issues today. */
  before: Issue[];
  /** The team's issues once the member has left. */
  after: Issue[];
  /** Issues the termination causes or worsens (new in `after`; too few mediators whenever the count falls below the minimum): the warnings to show before confirming. */
  warnings: Issue[];
  /** The member is the team leader: the team needs a new leader election (Art. 14). */
  leaderLeaves: boolean;
  /** Active mediators left. */
  activeAfter: number;
};

/**
 * The team's composition before and after `mediatorId` leaves (Law 35/2013 Art. 11, 12.1). Throws
 * `TEAM.NOT_ACTIVE_MEMBER` when the person is not an active member of the team.
 * @example checkTerminationImpact(team, 'm3').warnings.map((i) => i.code) // ['TEAM.NO_WOMAN'] — she was the only woman
 */
export function checkTerminationImpact(
  team: TeamInput,
  mediatorId: string,
  rules: TeamCompositionRules = {},
): TerminationImpact {
  const t = parseInput(teamSchema, team);
  const id = parseInput(entityIdSchema, mediatorId);
  if (!t.members.some((m) => m.mediatorId === id && m.active))
    throw new DomainError('TEAM.NOT_ACTIVE_MEMBER', { mediator: id });
  const leaderLeaves = t.leaderId === id;
  const afterTeam = {
    ...t,
    leaderId: leaderLeaves ? null : t.leaderId,
    members: t.members.map((m) => (m.mediatorId === id ? { ...m, active: false } : m)),
  };
  const before = checkTeamComposition(t, rules);
  const after = checkTeamComposition(afterTeam, rules);
  const had = new Set(before.map((i) => i.code));
  return {
    before,
    after,
    warnings: after.filter((i) => !had.has(i.code) || i.code === 'TEAM.TOO_FEW_MEDIATORS'),
    leaderLeaves,
    activeAfter: afterTeam.members.filter((m) => m.active).length,
  };
}
