/**
 * The cases of one team received in one year, as the logbook needs them (issue 11, point 8): each case with its
 * parties, its mediators still assigned and the persons invited (to the case or to a session). Four queries on the
 * team-year index and the case tables' (commune, case) keys, whatever the number of cases.
 */
import type { CaseStatus, CommuneLevelScope, ReferralTarget } from '@hgcs/domain';
import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { caseAssignments, caseInvitees, caseParties, cases, caseSessions } from '../schema/case.ts';
import { mediators } from '../schema/mediator.ts';

export async function logbookCasesOfTeam(db: DbOrTx, scope: CommuneLevelScope, teamId: string, year: number) {
  const rows = await db
    .select({
      id: cases.id,
      receivedOn: cases.receivedOn,
      category: cases.disputeKind,
      status: cases.status,
      summary: cases.summary,
      agreement: cases.agreement,
      endedOn: cases.endedOn,
      referrals: cases.referrals,
      reportedTo: cases.reportedTo,
    })
    .from(cases)
    .where(
      and(
        scopeWhere(scope, { communeId: cases.communeId, teamId: cases.teamId }),
        eq(cases.teamId, teamId),
        gte(cases.receivedOn, `${year}-01-01`),
        lte(cases.receivedOn, `${year}-12-31`),
      ),
    )
    .orderBy(asc(cases.receivedOn), asc(cases.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const ofCases = (t: { communeId: AnyPgColumn; caseId: AnyPgColumn }) =>
    and(eq(t.communeId, scope.communeId), inArray(t.caseId, ids));
  const [parties, assigned, invitees, sessions] = await Promise.all([
    db
      .select({
        caseId: caseParties.caseId,
        fullName: caseParties.fullName,
        birthYear: caseParties.birthYear,
        address: caseParties.address,
      })
      .from(caseParties)
      .where(ofCases(caseParties))
      .orderBy(asc(caseParties.position)),
    db
      .select({ caseId: caseAssignments.caseId, mediatorId: caseAssignments.mediatorId, fullName: mediators.fullName })
      .from(caseAssignments)
      .innerJoin(
        mediators,
        and(eq(mediators.communeId, caseAssignments.communeId), eq(mediators.id, caseAssignments.mediatorId)),
      )
      .where(and(ofCases(caseAssignments), isNull(caseAssignments.declinedOn)))
      .orderBy(asc(caseAssignments.assignedOn), asc(mediators.fullName)),
    db
      .select({ caseId: caseInvitees.caseId, fullName: caseInvitees.fullName })
      .from(caseInvitees)
      .where(ofCases(caseInvitees)),
    db
      .select({ caseId: caseSessions.caseId, invited: caseSessions.invited })
      .from(caseSessions)
      .where(ofCases(caseSessions)),
  ]);
  return rows.map((r) => ({
    ...r,
    status: r.status as CaseStatus,
    referrals: r.referrals as ReferralTarget[],
    reportedTo: r.reportedTo as ReferralTarget[],
    agreementAndMeasures:
      ((r.agreement ?? null) as { agreementAndMeasures?: string } | null)?.agreementAndMeasures ?? '',
    parties: parties.filter((p) => p.caseId === r.id),
    mediators: assigned.filter((a) => a.caseId === r.id),
    invited: [
      ...new Set([
        ...invitees.filter((i) => i.caseId === r.id).map((i) => i.fullName),
        ...sessions.filter((s) => s.caseId === r.id).flatMap((s) => s.invited.map((p) => p.fullName)),
      ]),
    ],
  }));
}
