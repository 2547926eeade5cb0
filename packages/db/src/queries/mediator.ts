/**
 * Mediators: search by name without diacritics (each word of the query, unaccented and lower-cased by
 * `hgcs_search_text`, must occur in the stored `search_name`; its trigram index serves the LIKEs), keyset pages by `(full_name, id)`,
 * the duplicate check (same name without diacritics, birth year and village), and memberships.
 * A commune-wide reader sees the commune's mediators; a team leader those who are or were in their team.
 */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { villages } from '../schema/commune.ts';
import { mediators } from '../schema/mediator.ts';
import { teamMemberships, teams } from '../schema/team.ts';
import { afterRow, likeEscaped } from './keyset.ts';

/** The mediators a scope reaches. */
function inScope(scope: AnyScope): SQL {
  const commune = scopeWhere(scope, { communeId: mediators.communeId });
  if (scope.kind === 'team' || scope.kind === 'village') {
    const memberOf = scopeWhere(scope, { communeId: teamMemberships.communeId, teamId: teamMemberships.teamId });
    return and(
      commune,
      sql`${mediators.id} in (select ${teamMemberships.mediatorId} from ${teamMemberships} where ${memberOf})`,
    )!;
  }
  return commune;
}

const columns = {
  id: mediators.id,
  fullName: mediators.fullName,
  gender: mediators.gender,
  birthYear: mediators.birthYear,
  ethnicity: mediators.ethnicity,
  ethnicMinority: mediators.ethnicMinority,
  citizenship: mediators.citizenship,
  residenceVillageId: mediators.residenceVillageId,
  residenceVillageName: villages.name,
  occupation: mediators.occupation,
  phone: mediators.phone,
  phonePublic: mediators.phonePublic,
  personalDataBasis: mediators.personalDataBasis,
};

/** The words of a query: each must occur in the name (without diacritics, any case). */
function nameMatches(q: string): SQL | undefined {
  const words = q
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return and(...words.map((w) => sql`${mediators.searchName} like '%' || hgcs_search_text(${likeEscaped(w)}) || '%'`));
}

/** One keyset page (`limit + 1` rows) of the scope's mediators whose name matches `q`, by name. */
export function searchMediators(
  db: DbOrTx,
  scope: AnyScope,
  { q, after, limit, villageId }: { q: string; after?: string; limit: number; villageId?: string },
) {
  return db
    .select(columns)
    .from(mediators)
    .innerJoin(
      villages,
      and(eq(villages.communeId, mediators.communeId), eq(villages.id, mediators.residenceVillageId)),
    )
    .where(
      and(
        inScope(scope),
        scopeWhere(scope, { communeId: villages.communeId }),
        nameMatches(q),
        villageId ? eq(mediators.residenceVillageId, villageId) : undefined,
        afterRow(mediators, { communeId: mediators.communeId, name: mediators.fullName, id: mediators.id }, after),
      ),
    )
    .orderBy(asc(mediators.fullName), asc(mediators.id))
    .limit(limit + 1);
}

/** One mediator of the scope, or undefined. */
export async function getMediator(db: DbOrTx, scope: AnyScope, id: string) {
  const [row] = await db
    .select(columns)
    .from(mediators)
    .innerJoin(
      villages,
      and(eq(villages.communeId, mediators.communeId), eq(villages.id, mediators.residenceVillageId)),
    )
    .where(and(inScope(scope), eq(mediators.id, id)));
  return row;
}

/** A mediator's memberships with their teams, open first, newest first. */
export function membershipsOfMediator(db: DbOrTx, scope: CommuneLevelScope | AnyScope, mediatorId: string) {
  return db
    .select({
      id: teamMemberships.id,
      teamId: teamMemberships.teamId,
      teamName: teams.name,
      role: teamMemberships.role,
      joinedOn: teamMemberships.joinedOn,
      recognitionDecisionNo: teamMemberships.recognitionDecisionNo,
      recognitionDecisionOn: teamMemberships.recognitionDecisionOn,
      leftOn: teamMemberships.leftOn,
      leftReason: teamMemberships.leftReason,
    })
    .from(teamMemberships)
    .innerJoin(teams, and(eq(teams.communeId, teamMemberships.communeId), eq(teams.id, teamMemberships.teamId)))
    .where(
      and(
        scopeWhere(scope, { communeId: teamMemberships.communeId, teamId: teamMemberships.teamId }),
        eq(teamMemberships.mediatorId, mediatorId),
      ),
    )
    .orderBy(sql`${teamMemberships.leftOn} is not null`, desc(teamMemberships.joinedOn));
}

/** Ids of the commune's other mediators with the same name (without diacritics, spacing or case), birth year and village. */
export async function findSamePerson(
  db: DbOrTx,
  scope: CommuneLevelScope,
  person: { fullName: string; birthYear: number; residenceVillageId: string },
  exceptId?: string,
) {
  const rows = await db
    .select({ id: mediators.id })
    .from(mediators)
    .where(
      and(
        eq(mediators.communeId, scope.communeId),
        eq(mediators.residenceVillageId, person.residenceVillageId),
        eq(mediators.birthYear, person.birthYear),
        sql`regexp_replace(${mediators.searchName}, '\\s+', ' ', 'g') = regexp_replace(hgcs_search_text(${person.fullName.trim()}), '\\s+', ' ', 'g')`,
        exceptId ? ne(mediators.id, exceptId) : undefined,
      ),
    );
  return rows.map((r) => r.id);
}

export type MediatorRow = typeof mediators.$inferInsert;

/** Adds a mediator to the scope's commune (the composite key refuses a village of another commune). */
export async function insertMediator(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<MediatorRow, 'communeId' | 'id' | 'createdAt' | 'updatedAt'>,
) {
  const [row] = await db
    .insert(mediators)
    .values({ ...values, communeId: scope.communeId })
    .returning({ id: mediators.id });
  return row!;
}

/** Changes a mediator of the scope; before and after, or undefined when not in it. */
export async function updateMediator(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  patch: Partial<Omit<MediatorRow, 'communeId' | 'id' | 'createdAt' | 'updatedAt'>>,
  now: Date,
) {
  const where = and(inScope(scope), eq(mediators.id, id));
  const [before] = await db.select().from(mediators).where(where).for('update');
  if (!before) return undefined;
  const [after] = await db
    .update(mediators)
    .set({ ...patch, updatedAt: now })
    .where(where)
    .returning();
  return { before, after: after! };
}

/** The person facts the standards check reads, for a mediator of the scope's commune. */
export async function mediatorForJoin(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const [row] = await db
    .select({
      id: mediators.id,
      fullName: mediators.fullName,
      citizenship: mediators.citizenship,
      residenceVillageId: mediators.residenceVillageId,
    })
    .from(mediators)
    .where(and(eq(mediators.communeId, scope.communeId), eq(mediators.id, id)));
  return row;
}

/** Opens a membership. */
export async function insertMembership(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<typeof teamMemberships.$inferInsert, 'communeId' | 'id' | 'createdAt' | 'leftOn' | 'leftReason'>,
) {
  const [row] = await db
    .insert(teamMemberships)
    .values({ ...values, communeId: scope.communeId })
    .returning({ id: teamMemberships.id });
  return row!;
}

/** A membership of the scope's teams, locked for a change, or undefined. */
export async function membershipForUpdate(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const [row] = await db
    .select()
    .from(teamMemberships)
    .where(
      and(
        scopeWhere(scope, { communeId: teamMemberships.communeId, teamId: teamMemberships.teamId }),
        eq(teamMemberships.id, id),
      ),
    )
    .for('update');
  return row;
}

/** Closes an open membership; false when it was already closed. */
export async function closeMembership(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  leftOn: string,
  leftReason: NonNullable<(typeof teamMemberships.$inferInsert)['leftReason']>,
) {
  const rows = await db
    .update(teamMemberships)
    .set({ leftOn, leftReason })
    .where(
      and(eq(teamMemberships.communeId, scope.communeId), eq(teamMemberships.id, id), isNull(teamMemberships.leftOn)),
    )
    .returning({ id: teamMemberships.id });
  return rows.length > 0;
}

/** Whether the given villages are all the scope commune's (a form may send any id). */
export async function villagesExist(db: DbOrTx, scope: CommuneLevelScope, ids: readonly string[]) {
  if (ids.length === 0) return true;
  const rows = await db
    .select({ id: villages.id })
    .from(villages)
    .where(and(eq(villages.communeId, scope.communeId), inArray(villages.id, [...ids])));
  return rows.length === new Set(ids).size;
}
