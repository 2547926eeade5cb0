/** The chairman's sign-off of a plan year. */
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { users } from '../schema/user.ts';
import { yearSignoffs } from '../schema/work-item.ts';

/** The signed years of a plan with who signed them. */
export function listSignoffs(db: DbOrTx, communeId: number, planId: string) {
  return db.select({ year: yearSignoffs.year, signedAt: yearSignoffs.signedAt, signedBy: users.displayName })
    .from(yearSignoffs).leftJoin(users, eq(users.id, yearSignoffs.signedBy))
    .where(and(eq(yearSignoffs.communeId, communeId), eq(yearSignoffs.planId, planId))).orderBy(asc(yearSignoffs.year));
}

/** True when the year is signed off (its items are locked). */
export async function isYearSigned(db: DbOrTx, communeId: number, planId: string, year: number): Promise<boolean> {
  const rows = await db.select({ year: yearSignoffs.year }).from(yearSignoffs)
    .where(and(eq(yearSignoffs.communeId, communeId), eq(yearSignoffs.planId, planId), eq(yearSignoffs.year, year)));
  return rows.length > 0;
}

/** Signs a year; false when it was already signed (a retry changes nothing). */
export async function insertSignoff(db: DbOrTx, row: { communeId: number; planId: string; year: number; signedBy: string }): Promise<boolean> {
  const inserted = await db.insert(yearSignoffs).values(row).onConflictDoNothing().returning({ year: yearSignoffs.year });
  return inserted.length > 0;
}

/** Reopens a year; false when it was not signed. */
export async function deleteSignoff(db: DbOrTx, communeId: number, planId: string, year: number): Promise<boolean> {
  const deleted = await db.delete(yearSignoffs).where(and(eq(yearSignoffs.communeId, communeId), eq(yearSignoffs.planId, planId), eq(yearSignoffs.year, year))).returning({ year: yearSignoffs.year });
  return deleted.length > 0;
}
