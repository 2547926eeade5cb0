/**
 * Checks a good-mediator contest team and lists every unmet rule (R-CONTEST-1): the official members and reserves
 * are mediators recognised (Law 35/2013 Art. 8) and not terminated (Art. 11) on the contest day; sizes follow the
 * contest's rules (default 3 official, ≤ 2 reserves, ≤ 5 helpers — ❓ per event); nobody is listed twice.
 */
import { z } from 'zod';
import { isoDateSchema, parseInput } from '../budget/input.ts';
import { ruleIssue, type RuleIssue } from '../budget/issue.ts';
import {
  contestRulesSchema,
  contestTeamSchema,
  defaultContestRules,
  mediatorStatusSchema,
  type ContestRules,
  type ContestTeam,
  type MediatorStatus,
} from './contest.ts';

/** Every unmet rule of a contest team (empty = eligible) — R-CONTEST-1. */
export function checkContestTeam(
  team: ContestTeam,
  mediators: readonly MediatorStatus[],
  contestDate: string,
  rules: ContestRules = defaultContestRules,
): RuleIssue[] {
  const t = parseInput(contestTeamSchema, team);
  const known = new Map(parseInput(z.array(mediatorStatusSchema), mediators).map((m) => [m.id, m]));
  const day = parseInput(isoDateSchema, contestDate);
  const r = parseInput(contestRulesSchema, rules);
  const issues: RuleIssue[] = [];
  if (t.officialMemberIds.length !== r.officialMembers)
    issues.push(
      ruleIssue('CONTEST.WRONG_OFFICIAL_COUNT', { count: t.officialMemberIds.length, required: r.officialMembers }),
    );
  if (t.reserveIds.length < r.minReserves)
    issues.push(ruleIssue('CONTEST.TOO_FEW_RESERVES', { count: t.reserveIds.length, min: r.minReserves }));
  if (t.reserveIds.length > r.maxReserves)
    issues.push(ruleIssue('CONTEST.TOO_MANY_RESERVES', { count: t.reserveIds.length, max: r.maxReserves }));
  if (t.helperIds.length > r.maxHelpers)
    issues.push(ruleIssue('CONTEST.TOO_MANY_HELPERS', { count: t.helperIds.length, max: r.maxHelpers }));
  if (!t.officialMemberIds.includes(t.captainId))
    issues.push(ruleIssue('CONTEST.CAPTAIN_NOT_OFFICIAL', { captainId: t.captainId }));
  const everyone = [...t.officialMemberIds, ...t.reserveIds, ...t.helperIds];
  for (const id of new Set(everyone.filter((id, i) => everyone.indexOf(id) !== i)))
    issues.push(ruleIssue('CONTEST.DUPLICATE_PERSON', { personId: id }));
  for (const id of new Set([...t.officialMemberIds, ...t.reserveIds])) {
    const m = known.get(id);
    const active =
      m !== undefined &&
      m.recognisedOn !== null &&
      m.recognisedOn <= day &&
      (m.terminatedOn === null || m.terminatedOn > day);
    if (!active) issues.push(ruleIssue('CONTEST.NOT_ACTIVE_MEDIATOR', { personId: id }));
  }
  return issues;
}
