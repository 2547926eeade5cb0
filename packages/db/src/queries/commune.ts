/** Communes, villages and agencies — every read scoped by commune. */
import { and, asc, desc, eq, notExists, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client.ts';
import { prepared } from '../prepared.ts';
import { agencies, communes, villages } from '../schema/commune.ts';
import { users } from '../schema/user.ts';

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
  return db.select({ id: communes.id, name: communes.name }).from(communes)
    .where(notExists(db.select({ one: sql`1` }).from(users).where(eq(users.communeId, communes.id)))).orderBy(asc(communes.id));
}

/** The code of a province already in the deployment, by its name (a new commune of it needs no code given). */
export async function findProvinceCode(db: DbOrTx, provinceName: string): Promise<string | undefined> {
  const [row] = await db.select({ code: communes.provinceCode }).from(communes).where(eq(communes.provinceName, provinceName)).limit(1);
  return row?.code;
}

/** The commune's villages in name order (a prepared statement: it is read on every picker). */
export function listVillages(db: Db, communeId: number) {
  return prepared(db, 'list_villages', (d) => d
    .select({ id: villages.id, name: villages.name, ethnicMinorityArea: villages.ethnicMinorityArea, households: villages.households })
    .from(villages).where(eq(villages.communeId, sql.placeholder('communeId'))).orderBy(asc(villages.name))
    .prepare('list_villages')).execute({ communeId });
}

/** The commune's agencies, internal ones first. */
export function listAgencies(db: DbOrTx, communeId: number) {
  return db.select({ code: agencies.code, name: agencies.name, shortName: agencies.shortName, internal: agencies.internal })
    .from(agencies).where(eq(agencies.communeId, communeId)).orderBy(desc(agencies.internal), asc(agencies.name));
}


/** Updates a village of the commune; returns the row before and after, or undefined when not in this commune. */
export async function updateVillage(db: DbOrTx, communeId: number, id: string, patch: { name?: string; ethnicMinorityArea?: boolean; households?: number | null }) {
  const [before] = await db.select().from(villages).where(and(eq(villages.communeId, communeId), eq(villages.id, id))).for('update');
  if (!before) return undefined;
  const [after] = await db.update(villages).set(patch).where(and(eq(villages.communeId, communeId), eq(villages.id, id))).returning();
  return { before, after: after! };
}
