/**
 * What the contest and reward forms choose from: the commune's mediators in an active team, each with the first
 * date they were recognised (null: never — the console offers them apart, and entering one is refused naming them),
 * and the teams they belong to (a reward's collective recipient).
 */
import { activeMediators, mediatorStatuses, type DbOrTx } from '@hgcs/db';
import type { CommuneLevelScope } from '@hgcs/domain';

export async function listAwardChoices(db: DbOrTx, scope: CommuneLevelScope) {
  const people = await activeMediators(db, scope);
  const statuses = await mediatorStatuses(db, scope, [...new Set(people.map((p) => p.id))]);
  const recognised = new Map(statuses.map((s) => [s.id, s.recognisedOn]));
  const seen = new Set<string>();
  const teams = new Map<string, string>();
  for (const p of people) teams.set(p.teamId, p.teamName);
  return {
    mediators: people
      .filter((p) => !seen.has(p.id) && seen.add(p.id))
      .map(({ id, fullName, teamName }) => ({ id, fullName, teamName, recognisedOn: recognised.get(id) ?? null })),
    teams: [...teams].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}
