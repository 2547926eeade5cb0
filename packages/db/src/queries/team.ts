/**
 * Mediation teams and their memberships: the teams a scope reaches (a commune's all, a village head's village's, a
 * team leader's own), one keyset page at a time, with what the composition rule needs.
 */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { villages } from '../schema/commune.ts';
import { mediators } from '../schema/mediator.ts';
import { teamMemberships, teams } from '../schema/team.ts';
import { afterRow } from './keyset.ts';

const inScope = (scope: AnyScope) =>
  scopeWhere(scope, { communeId: teams.communeId, villageId: teams.villageId, teamId: teams.id });

/** The teams of the scope with their village's name, by village then name (pickers, user scopes). */
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
    .where(inScope(scope))
    .orderBy(asc(villages.name), asc(teams.name));
}

const teamColumns = {
  id: teams.id,
  name: teams.name,
  villageId: teams.villageId,
  villageName: villages.name,
  villageEthnicMinorityArea: villages.ethnicMinorityArea,
  foundingDecisionNo: teams.foundingDecisionNo,
  foundingDecisionOn: teams.foundingDecisionOn,
  status: teams.status,
};

/**
 * One keyset page of the scope's teams by name (`limit + 1` rows: the extra one says there is a next page), each
 * with its number of legal supporters (counted by the database).
 */
export function pageTeams(
  db: DbOrTx,
  scope: AnyScope,
  { after, limit, villageId }: { after?: string; limit: number; villageId?: string },
) {
  return db
    .select({ ...teamColumns, supporters: teams.legalSupporterCount })
    .from(teams)
    .innerJoin(villages, and(eq(villages.communeId, teams.communeId), eq(villages.id, teams.villageId)))
    .where(
      and(
        inScope(scope),
        scopeWhere(scope, { communeId: villages.communeId }),
        villageId ? eq(teams.villageId, villageId) : undefined,
        afterRow(teams, { communeId: teams.communeId, name: teams.name, id: teams.id }, after),
      ),
    )
    .orderBy(asc(teams.name), asc(teams.id))
    .limit(limit + 1);
}

/**
 * The scope's teams grouped by what the composition rule reads of them — status, the village's area flag, the counts
 * the database keeps on each team, and whether it has a legal supporter — with how many teams share each: a
 * province's thousands of teams come back as a few dozen rows, and the rule stays in the domain.
 */
export function teamCountGroupsInScope(db: DbOrTx, scope: AnyScope) {
  const columns = {
    status: teams.status,
    villageEthnicMinorityArea: villages.ethnicMinorityArea,
    members: teams.memberCount,
    women: teams.womenCount,
    ethnicMinorityMembers: teams.ethnicMinorityCount,
    leaders: teams.leaderCount,
    supported: sql<boolean>`${teams.legalSupporterCount} > 0`,
  };
  return db
    .select({ ...columns, teams: sql<number>`count(*)`.mapWith(Number) })
    .from(teams)
    .innerJoin(villages, and(eq(villages.communeId, teams.communeId), eq(villages.id, teams.villageId)))
    .where(and(inScope(scope), scopeWhere(scope, { communeId: villages.communeId })))
    .groupBy(...Object.values(columns));
}

/** One team of the scope, or undefined. */
export async function getTeam(db: DbOrTx, scope: AnyScope, id: string) {
  const [row] = await db
    .select(teamColumns)
    .from(teams)
    .innerJoin(villages, and(eq(villages.communeId, teams.communeId), eq(villages.id, teams.villageId)))
    .where(and(inScope(scope), eq(teams.id, id)));
  return row;
}

/**
 * The memberships of the given teams of the scope with the facts the composition rule reads (open ones only unless
 * `history`), by team, then open first, then joining day.
 */
export function membershipsOfTeams(
  db: DbOrTx,
  scope: AnyScope,
  teamIds: readonly string[],
  { history = false }: { history?: boolean } = {},
) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: teamMemberships.id,
      teamId: teamMemberships.teamId,
      mediatorId: teamMemberships.mediatorId,
      role: teamMemberships.role,
      joinedOn: teamMemberships.joinedOn,
      recognitionDecisionNo: teamMemberships.recognitionDecisionNo,
      recognitionDecisionOn: teamMemberships.recognitionDecisionOn,
      leftOn: teamMemberships.leftOn,
      leftReason: teamMemberships.leftReason,
      fullName: mediators.fullName,
      gender: mediators.gender,
      ethnicMinority: mediators.ethnicMinority,
    })
    .from(teamMemberships)
    .innerJoin(
      mediators,
      and(eq(mediators.communeId, teamMemberships.communeId), eq(mediators.id, teamMemberships.mediatorId)),
    )
    .where(
      and(
        scopeWhere(scope, { communeId: teamMemberships.communeId, teamId: teamMemberships.teamId }),
        inArray(teamMemberships.teamId, [...teamIds]),
        history ? undefined : isNull(teamMemberships.leftOn),
      ),
    )
    .orderBy(
      asc(teamMemberships.teamId),
      sql`${teamMemberships.leftOn} is not null`,
      asc(teamMemberships.joinedOn),
      asc(mediators.fullName),
    );
}

/** Adds a team to a village of the scope's commune (the composite key refuses a village of another commune). */
export async function insertTeam(
  db: DbOrTx,
  scope: CommuneLevelScope,
  team: { villageId: string; name: string; foundingDecisionNo?: string | null; foundingDecisionOn?: string | null },
) {
  const [row] = await db
    .insert(teams)
    .values({ communeId: scope.communeId, ...team })
    .returning({ id: teams.id });
  return row!;
}

/** Changes a team of the scope; the row before and after, or undefined when not in the scope. */
export async function updateTeam(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  patch: Partial<
    Pick<typeof teams.$inferInsert, 'villageId' | 'name' | 'foundingDecisionNo' | 'foundingDecisionOn' | 'status'>
  >,
  now: Date,
) {
  const where = and(inScope(scope), eq(teams.id, id));
  const [before] = await db.select().from(teams).where(where).for('update');
  if (!before) return undefined;
  const [after] = await db
    .update(teams)
    .set({ ...patch, updatedAt: now })
    .where(where)
    .returning();
  return { before, after: after! };
}
