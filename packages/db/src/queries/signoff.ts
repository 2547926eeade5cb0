/**
 * The chairman's sign-off of a plan year, and the lock that orders it against edits of that year: a sign-off or
 * reopening takes the year's lock exclusively, every change to one of its items takes it shared and then reads the
 * sign-off inside the same transaction, so no edit can land in a year signed while it was in flight.
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { users } from '../schema/user.ts';
import { yearReopenings, yearSignoffs } from '../schema/work-item.ts';

/** The signed years of a plan with who signed them. */
export function listSignoffs(db: DbOrTx, scope: CommuneLevelScope, planId: string) {
  return db
    .select({ year: yearSignoffs.year, signedAt: yearSignoffs.signedAt, signedBy: users.displayName })
    .from(yearSignoffs)
    .leftJoin(users, eq(users.id, yearSignoffs.signedBy))
    .where(and(scopeWhere(scope, { communeId: yearSignoffs.communeId }), eq(yearSignoffs.planId, planId)))
    .orderBy(asc(yearSignoffs.year));
}

/**
 * Takes the transaction-scoped lock of a plan year (a PostgreSQL advisory lock keyed on commune, plan and year):
 * `exclusive` for signing or reopening the year, `shared` for changing one of its items. Released at commit or rollback.
 */
export async function lockPlanYear(
  tx: DbOrTx,
  communeId: number,
  planId: string,
  year: number,
  mode: 'shared' | 'exclusive',
): Promise<void> {
  const key = sql`hashtextextended(${`plan-year:${communeId}:${planId}:${year}`}, 0)`;
  await tx.execute(
    mode === 'exclusive' ? sql`select pg_advisory_xact_lock(${key})` : sql`select pg_advisory_xact_lock_shared(${key})`,
  );
}

/** True when the year is signed off (its items are locked). */
export async function isYearSigned(
  db: DbOrTx,
  scope: CommuneLevelScope,
  planId: string,
  year: number,
): Promise<boolean> {
  const rows = await db
    .select({ year: yearSignoffs.year })
    .from(yearSignoffs)
    .where(
      and(
        scopeWhere(scope, { communeId: yearSignoffs.communeId }),
        eq(yearSignoffs.planId, planId),
        eq(yearSignoffs.year, year),
      ),
    );
  return rows.length > 0;
}

/** Signs a year; false when it was already signed (a retry changes nothing). */
export async function insertSignoff(
  db: DbOrTx,
  row: { communeId: number; planId: string; year: number; signedBy: string },
): Promise<boolean> {
  const inserted = await db
    .insert(yearSignoffs)
    .values(row)
    .onConflictDoNothing()
    .returning({ year: yearSignoffs.year });
  return inserted.length > 0;
}

/** Reopens a year and records why; the new reopening's id, or null when the year was not signed (nothing written). */
export async function reopenSignedYear(
  db: DbOrTx,
  scope: CommuneLevelScope,
  row: { planId: string; year: number; reason: string; reopenedBy: string },
): Promise<string | null> {
  const deleted = await db
    .delete(yearSignoffs)
    .where(
      and(
        scopeWhere(scope, { communeId: yearSignoffs.communeId }),
        eq(yearSignoffs.planId, row.planId),
        eq(yearSignoffs.year, row.year),
      ),
    )
    .returning({ year: yearSignoffs.year });
  if (deleted.length === 0) return null;
  const [reopening] = await db
    .insert(yearReopenings)
    .values({ communeId: scope.communeId, ...row })
    .returning({ id: yearReopenings.id });
  return reopening!.id;
}

/** The reopenings of a plan's years, newest first, with who reopened and why. */
export function listReopenings(db: DbOrTx, scope: CommuneLevelScope, planId: string) {
  return db
    .select({
      id: yearReopenings.id,
      year: yearReopenings.year,
      reason: yearReopenings.reason,
      reopenedAt: yearReopenings.reopenedAt,
      reopenedBy: users.displayName,
    })
    .from(yearReopenings)
    .leftJoin(users, eq(users.id, yearReopenings.reopenedBy))
    .where(and(scopeWhere(scope, { communeId: yearReopenings.communeId }), eq(yearReopenings.planId, planId)))
    .orderBy(desc(yearReopenings.reopenedAt));
}
