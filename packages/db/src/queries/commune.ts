/**
 * Communes and provinces (reference tables, by code), villages and agencies (tenant tables: every read takes a
 * granted scope, see scope-filter.ts).
 */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client.ts';
import { prepared } from '../prepared.ts';
import { scopeWhere } from '../scope-filter.ts';
import { agencies, communes, provinces, villages } from '../schema/commune.ts';
import { users } from '../schema/user.ts';
import { teams } from '../schema/team.ts';
import { afterRow } from './keyset.ts';

/** One commune by its code, or undefined. */
export async function getCommune(db: DbOrTx, communeId: number) {
  const [row] = await db.select().from(communes).where(eq(communes.id, communeId));
  return row;
}

/** How many communes the deployment holds (the first run seeds the default one when there is none). */
export async function countCommunes(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(communes);
  return row?.n ?? 0;
}

/** The communes that have no user yet, by code (each needs its first administrator). */
export async function listCommunesWithoutUsers(db: DbOrTx) {
  return db
    .select({ id: communes.id, name: communes.name })
    .from(communes)
    .where(
      notExists(
        db
          .select({ one: sql`1` })
          .from(users)
          .where(eq(users.communeId, communes.id)),
      ),
    )
    .orderBy(asc(communes.id));
}

/** The code of a province already in the deployment, by its name (a new commune of it needs no code given). */
export async function findProvinceCode(db: DbOrTx, provinceName: string): Promise<string | undefined> {
  const [row] = await db
    .select({ code: communes.provinceCode })
    .from(communes)
    .where(eq(communes.provinceName, provinceName))
    .limit(1);
  return row?.code;
}

const villageColumns = {
  id: villages.id,
  name: villages.name,
  kind: villages.kind,
  ethnicMinorityArea: villages.ethnicMinorityArea,
  households: villages.households,
};

/**
 * The villages of the scope in name order: the commune's (a prepared statement: it is read on every picker), or a
 * village-limited user's own, or a team leader's team's.
 */
export function listVillages(db: Db, scope: AnyScope) {
  if (scope.kind === 'commune' || scope.kind === 'agency') {
    return prepared(db, 'list_villages', (d) =>
      d
        .select(villageColumns)
        .from(villages)
        .where(eq(villages.communeId, sql.placeholder('communeId')))
        .orderBy(asc(villages.name))
        .prepare('list_villages'),
    ).execute({ communeId: scope.communeId });
  }
  return db
    .select(villageColumns)
    .from(villages)
    .where(scopeWhere(scope, { communeId: villages.communeId, villageId: villages.id }))
    .orderBy(asc(villages.name));
}

/** The agencies of the scope's commune(s), internal ones first (with their commune, for a province's lists). */
export function listAgencies(db: DbOrTx, scope: AnyScope) {
  return db
    .select({
      communeId: agencies.communeId,
      code: agencies.code,
      name: agencies.name,
      shortName: agencies.shortName,
      internal: agencies.internal,
    })
    .from(agencies)
    .where(scopeWhere(scope, { communeId: agencies.communeId }))
    .orderBy(desc(agencies.internal), asc(agencies.name));
}

/** The communes of a province, by code (a province user's scope). */
export function listProvinceCommunes(db: DbOrTx, provinceCode: string) {
  return db
    .select({ id: communes.id, name: communes.name })
    .from(communes)
    .where(eq(communes.provinceCode, provinceCode))
    .orderBy(asc(communes.id));
}

/** A province by code, or undefined. */
export async function getProvince(db: DbOrTx, code: string) {
  const [row] = await db.select().from(provinces).where(eq(provinces.code, code));
  return row;
}

/** Adds a province to the reference table unless it is there (its name is kept as first given). */
export async function ensureProvince(db: DbOrTx, province: { code: string; name: string }) {
  await db.insert(provinces).values(province).onConflictDoNothing();
}

/** Updates a village of the scope; returns the row before and after, or undefined when not in the scope. */
export async function updateVillage(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  patch: {
    name?: string;
    kind?: 'thon' | 'lang' | 'to_dan_pho';
    ethnicMinorityArea?: boolean;
    households?: number | null;
  },
) {
  const inScope = and(
    scopeWhere(scope, { communeId: villages.communeId, villageId: villages.id }),
    eq(villages.id, id),
  );
  const [before] = await db.select().from(villages).where(inScope).for('update');
  if (!before) return undefined;
  const [after] = await db.update(villages).set(patch).where(inScope).returning();
  return { before, after: after! };
}

/** One keyset page (`limit + 1` rows) of the scope's villages by name (the registry's tree). */
export function pageVillages(db: DbOrTx, scope: AnyScope, { after, limit }: { after?: string; limit: number }) {
  return db
    .select(villageColumns)
    .from(villages)
    .where(
      and(
        scopeWhere(scope, { communeId: villages.communeId, villageId: villages.id }),
        afterRow(villages, { communeId: villages.communeId, name: villages.name, id: villages.id }, after),
      ),
    )
    .orderBy(asc(villages.name), asc(villages.id))
    .limit(limit + 1);
}

/** The teams of the scope in the given villages, by name. */
export function teamsOfVillages(db: DbOrTx, scope: AnyScope, villageIds: readonly string[]) {
  if (villageIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: teams.id, name: teams.name, status: teams.status, villageId: teams.villageId })
    .from(teams)
    .where(
      and(
        scopeWhere(scope, { communeId: teams.communeId, villageId: teams.villageId, teamId: teams.id }),
        inArray(teams.villageId, [...villageIds]),
      ),
    )
    .orderBy(asc(teams.name));
}
