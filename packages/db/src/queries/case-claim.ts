/**
 * The remuneration claim's data (issue 11, point 9): the scope's cases ended in a period with their team and the
 * mediators still assigned, which of them were already paid, and the record of a claim paid (once per case:
 * `case_paid_claims_case_uq`).
 */
import type { CaseStatus, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { caseAssignments, casePaidClaims, cases } from '../schema/case.ts';
import { mediators } from '../schema/mediator.ts';
import { teams } from '../schema/team.ts';

/** The cases of the scope that ended between `from` and `to` (inclusive), in the order they ended. */
export async function casesEndedIn(db: DbOrTx, scope: CommuneLevelScope, from: string, to: string) {
  const rows = await db
    .select({
      caseId: cases.id,
      trackingCode: cases.trackingCode,
      teamId: cases.teamId,
      teamName: teams.name,
      status: cases.status,
      endedOn: cases.endedOn,
    })
    .from(cases)
    .innerJoin(teams, and(eq(teams.communeId, cases.communeId), eq(teams.id, cases.teamId)))
    .where(
      and(
        scopeWhere(scope, { communeId: cases.communeId, teamId: cases.teamId }),
        gte(cases.endedOn, from),
        lte(cases.endedOn, to),
      ),
    )
    .orderBy(asc(cases.endedOn), asc(cases.id));
  if (rows.length === 0) return [];
  const assigned = await db
    .select({ caseId: caseAssignments.caseId, mediatorId: caseAssignments.mediatorId, fullName: mediators.fullName })
    .from(caseAssignments)
    .innerJoin(
      mediators,
      and(eq(mediators.communeId, caseAssignments.communeId), eq(mediators.id, caseAssignments.mediatorId)),
    )
    .where(
      and(
        eq(caseAssignments.communeId, scope.communeId),
        inArray(
          caseAssignments.caseId,
          rows.map((r) => r.caseId),
        ),
        isNull(caseAssignments.declinedOn),
      ),
    );
  return rows.map((r) => ({
    ...r,
    status: r.status as CaseStatus,
    mediators: assigned
      .filter((a) => a.caseId === r.caseId)
      .map((a) => ({ mediatorId: a.mediatorId, fullName: a.fullName })),
  }));
}

/** Which of `caseIds` were already paid in a recorded claim. */
export async function paidCaseIds(db: DbOrTx, scope: CommuneLevelScope, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select({ caseId: casePaidClaims.caseId })
    .from(casePaidClaims)
    .where(and(eq(casePaidClaims.communeId, scope.communeId), inArray(casePaidClaims.caseId, [...caseIds])));
  return rows.map((r) => r.caseId);
}

/** Records cases as paid; a case already recorded is left as it was. Returns the ids newly recorded. */
export async function insertPaidClaims(
  db: DbOrTx,
  scope: CommuneLevelScope,
  rows: readonly {
    caseId: string;
    periodFrom: string;
    periodTo: string;
    amountVnd: number;
    paidOn: string;
    recordedBy: string;
  }[],
) {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(casePaidClaims)
    .values(rows.map((r) => ({ ...r, communeId: scope.communeId })))
    .onConflictDoNothing({ target: [casePaidClaims.communeId, casePaidClaims.caseId] })
    .returning({ caseId: casePaidClaims.caseId });
  return inserted.map((r) => r.caseId);
}
