/**
 * Data-subject requests about case files (issue 11, point 10): the cases a request names (by tracking code, in the
 * scope), recording one once per form (`case_data_requests_client_key_uq`), the list with the named cases, and the
 * answer (only while open). The requester's name and what was asked are returned; the API hides them without
 * `case.read_personal`.
 */
import type { CommuneLevelScope, DataSubjectRequestKind } from '@hgcs/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { cases } from '../schema/case.ts';
import { caseDataRequestCases, caseDataRequests } from '../schema/case-data-request.ts';

/** The day a case closed, as the retention job counts it (case-retention.ts). */
const closingDay = sql<
  string | null
>`(coalesce(${cases.closedOn}, case when ${cases.status} in ('unsuccessful', 'stopped_by_party') then ${cases.endedOn} end))::text`;

/** The scope's cases with these tracking codes, with what the erasure rule needs. */
export async function casesByTrackingCodes(db: DbOrTx, scope: CommuneLevelScope, codes: readonly string[]) {
  if (codes.length === 0) return [];
  const rows = await db
    .select({
      caseId: cases.id,
      trackingCode: cases.trackingCode,
      closedOn: closingDay,
      courtRequestedOn: cases.courtRequestedOn,
      courtDecision: cases.courtDecision,
      pseudonymisedOn: cases.pseudonymisedOn,
    })
    .from(cases)
    .where(
      and(
        scopeWhere(scope, { communeId: cases.communeId, teamId: cases.teamId }),
        inArray(cases.trackingCode, [...codes]),
      ),
    );
  return rows.map((r) => ({
    caseId: r.caseId,
    trackingCode: r.trackingCode,
    erasureFacts: {
      closedOn: r.closedOn,
      courtRequestPending: r.courtRequestedOn !== null && r.courtDecision === null,
      pseudonymised: r.pseudonymisedOn !== null,
    },
  }));
}

export type NewDataRequest = {
  clientKey: string;
  kind: DataSubjectRequestKind;
  receivedOn: string;
  requesterName: string;
  asked: string;
  thirdPartyMustAct: boolean;
  recordedBy: string;
};

/** Records a request and its cases; a retry of the same form finds the first (`created: false`). */
export async function insertDataRequest(
  tx: DbOrTx,
  scope: CommuneLevelScope,
  row: NewDataRequest,
  caseIds: readonly string[],
) {
  const [made] = await tx
    .insert(caseDataRequests)
    .values({ ...row, communeId: scope.communeId })
    .onConflictDoNothing()
    .returning({ id: caseDataRequests.id });
  if (!made) {
    const [found] = await tx
      .select({ id: caseDataRequests.id })
      .from(caseDataRequests)
      .where(and(eq(caseDataRequests.communeId, scope.communeId), eq(caseDataRequests.clientKey, row.clientKey)));
    return { id: found!.id, created: false };
  }
  await tx
    .insert(caseDataRequestCases)
    .values(caseIds.map((caseId) => ({ communeId: scope.communeId, requestId: made.id, caseId })));
  return { id: made.id, created: true };
}

/** The scope's requests, open ones first, newest received first, each with its cases' codes. */
export async function listDataRequests(db: DbOrTx, scope: CommuneLevelScope) {
  const rows = await db
    .select()
    .from(caseDataRequests)
    .where(eq(caseDataRequests.communeId, scope.communeId))
    .orderBy(sql`${caseDataRequests.status} <> 'open'`, desc(caseDataRequests.receivedOn), asc(caseDataRequests.id))
    .limit(500);
  if (rows.length === 0) return [];
  const links = await db
    .select({ requestId: caseDataRequestCases.requestId, caseId: cases.id, trackingCode: cases.trackingCode })
    .from(caseDataRequestCases)
    .innerJoin(
      cases,
      and(eq(cases.communeId, caseDataRequestCases.communeId), eq(cases.id, caseDataRequestCases.caseId)),
    )
    .where(
      and(
        eq(caseDataRequestCases.communeId, scope.communeId),
        inArray(
          caseDataRequestCases.requestId,
          rows.map((r) => r.id),
        ),
      ),
    );
  return rows.map((r) => ({
    ...r,
    cases: links.filter((l) => l.requestId === r.id).map((l) => ({ caseId: l.caseId, trackingCode: l.trackingCode })),
  }));
}

/** One request of the commune with its cases' erasure facts, or null. */
export async function dataRequestById(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const [row] = await db
    .select()
    .from(caseDataRequests)
    .where(and(eq(caseDataRequests.communeId, scope.communeId), eq(caseDataRequests.id, id)));
  if (!row) return null;
  const links = await db
    .select({ trackingCode: cases.trackingCode })
    .from(caseDataRequestCases)
    .innerJoin(
      cases,
      and(eq(cases.communeId, caseDataRequestCases.communeId), eq(cases.id, caseDataRequestCases.caseId)),
    )
    .where(and(eq(caseDataRequestCases.communeId, scope.communeId), eq(caseDataRequestCases.requestId, id)));
  return {
    ...row,
    cases: await casesByTrackingCodes(
      db,
      scope,
      links.map((l) => l.trackingCode),
    ),
  };
}

/** Closes an open request with its answer; false when it was no longer open. */
export async function closeDataRequest(
  tx: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  answer: { status: 'done' | 'refused'; closedOn: string; refusalRule: string | null; answer: string },
) {
  const done = await tx
    .update(caseDataRequests)
    .set(answer)
    .where(
      and(
        eq(caseDataRequests.communeId, scope.communeId),
        eq(caseDataRequests.id, id),
        eq(caseDataRequests.status, 'open'),
      ),
    )
    .returning({ id: caseDataRequests.id });
  return done.length === 1;
}
