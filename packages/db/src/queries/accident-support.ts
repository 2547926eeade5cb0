/**
 * Accident support requests (issue 11, point 9): recording one once per form (`accident_support_requests_client_key_uq`)
 * and the commune's list of a year with the mediator's name and the case's tracking code. What happened is
 * returned; the API hides it without `case.read_personal`.
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { accidentSupportRequests } from '../schema/accident-support.ts';
import { cases } from '../schema/case.ts';
import { mediators } from '../schema/mediator.ts';

export type NewAccidentSupport = Omit<typeof accidentSupportRequests.$inferInsert, 'communeId' | 'id' | 'createdAt'>;

/** Records a request; a retry of the same form finds the first (`created: false`). */
export async function insertAccidentSupport(tx: DbOrTx, scope: CommuneLevelScope, row: NewAccidentSupport) {
  const [made] = await tx
    .insert(accidentSupportRequests)
    .values({ ...row, communeId: scope.communeId })
    .onConflictDoNothing()
    .returning({ id: accidentSupportRequests.id });
  if (made) return { id: made.id, created: true };
  const [found] = await tx
    .select({ id: accidentSupportRequests.id })
    .from(accidentSupportRequests)
    .where(
      and(eq(accidentSupportRequests.communeId, scope.communeId), eq(accidentSupportRequests.clientKey, row.clientKey)),
    );
  return { id: found!.id, created: false };
}

/** The commune's requests for accidents of one year, newest first. */
export async function listAccidentSupports(db: DbOrTx, scope: CommuneLevelScope, year: number) {
  const t = accidentSupportRequests;
  return db
    .select({
      id: t.id,
      mediatorId: t.mediatorId,
      mediatorName: mediators.fullName,
      occurredOn: t.occurredOn,
      whatHappened: t.whatHappened,
      harm: t.harm,
      diedOn: t.diedOn,
      circumstance: t.circumstance,
      reasonableRouteAndTime: t.reasonableRouteAndTime,
      hasHealthInsurance: t.hasHealthInsurance,
      trackingCode: cases.trackingCode,
    })
    .from(t)
    .innerJoin(mediators, and(eq(mediators.communeId, t.communeId), eq(mediators.id, t.mediatorId)))
    .leftJoin(cases, and(eq(cases.communeId, t.communeId), eq(cases.id, t.caseId)))
    .where(
      and(eq(t.communeId, scope.communeId), gte(t.occurredOn, `${year}-01-01`), lte(t.occurredOn, `${year}-12-31`)),
    )
    .orderBy(desc(t.occurredOn), desc(t.createdAt));
}
