/**
 * How many cases each commune of the scope received in a period, by status (issue 11, Speed): one grouped read of the
 * `(commune_id, received_on, status)` index — an index-only scan — a few rows per commune, never a case row. The
 * domain folds them into the figures (`summariseCaseCounts`).
 */
import type { AnyScope, CaseStatus } from '@hgcs/domain';
import { and, between, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { cases } from '../schema/case.ts';

export function caseCountsInScope(db: DbOrTx, scope: AnyScope, period: { from: string; to: string }) {
  return db
    .select({
      communeId: cases.communeId,
      status: sql<CaseStatus>`${cases.status}`,
      cases: sql<number>`count(*)`.mapWith(Number),
    })
    .from(cases)
    .where(
      and(
        scopeWhere(scope, { communeId: cases.communeId, teamId: cases.teamId }),
        between(cases.receivedOn, period.from, period.to),
      ),
    )
    .groupBy(cases.communeId, cases.status)
    .orderBy(cases.communeId, cases.status);
}
