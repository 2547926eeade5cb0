/**
 * The chairman's record of a plan year (year_records): the year plan's issuing date and the report's difficulties,
 * next steps and proposals. Read by the year's documents and the sign-off page; written whole by one upsert.
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { yearRecords } from '../schema/year-record.ts';

export type YearRecordFields = {
  planIssuedOn: string | null;
  difficulties: string | null;
  nextSteps: string | null;
  proposals: string | null;
};

/** The record of one year of a plan, or null when nothing was written for it. */
export async function getYearRecord(db: DbOrTx, scope: CommuneLevelScope, planId: string, year: number) {
  const rows = await db
    .select()
    .from(yearRecords)
    .where(
      and(
        scopeWhere(scope, { communeId: yearRecords.communeId }),
        eq(yearRecords.planId, planId),
        eq(yearRecords.year, year),
      ),
    );
  return rows[0] ?? null;
}

/** The records of every year of a plan. */
export function listYearRecords(db: DbOrTx, scope: CommuneLevelScope, planId: string) {
  return db
    .select()
    .from(yearRecords)
    .where(and(scopeWhere(scope, { communeId: yearRecords.communeId }), eq(yearRecords.planId, planId)));
}

/** Writes the year's record whole (every field as given); returns the row's id and whether it was new. */
export async function saveYearRecord(
  db: DbOrTx,
  scope: CommuneLevelScope,
  row: { planId: string; year: number; updatedBy: string } & YearRecordFields,
) {
  const [saved] = await db
    .insert(yearRecords)
    .values({ communeId: scope.communeId, ...row })
    .onConflictDoUpdate({
      target: [yearRecords.communeId, yearRecords.planId, yearRecords.year],
      set: {
        planIssuedOn: row.planIssuedOn,
        difficulties: row.difficulties,
        nextSteps: row.nextSteps,
        proposals: row.proposals,
        updatedBy: row.updatedBy,
        updatedAt: sql`now()`,
      },
    })
    .returning({ id: yearRecords.id });
  return saved!.id;
}
