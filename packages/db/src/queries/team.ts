/** Mediation teams: the teams a scope reaches (a commune's all, a village head's village's, a team leader's own). */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { villages } from '../schema/commune.ts';
import { teams } from '../schema/team.ts';

/** The teams of the scope with their village's name, by village then name. */
export function listTeams(db: DbOrTx, scope: AnyScope) {
  return db
    .select({
      id: teams.id,
      communeId: teams.communeId,
      name: teams.name,
      villageId: teams.villageId,
      villageName: villages.name,
    })
    .from(teams)
    .innerJoin(villages, and(eq(villages.communeId, teams.communeId), eq(villages.id, teams.villageId)))
    .where(scopeWhere(scope, { communeId: teams.communeId, villageId: teams.villageId, teamId: teams.id }))
    .orderBy(asc(villages.name), asc(teams.name));
}

/** Adds a team to a village of the scope's commune (the composite key refuses a village of another commune). */
export async function insertTeam(db: DbOrTx, scope: CommuneLevelScope, team: { villageId: string; name: string }) {
  const [row] = await db
    .insert(teams)
    .values({ communeId: scope.communeId, ...team })
    .returning({ id: teams.id });
  return row!;
}
