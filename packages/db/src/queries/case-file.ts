/**
 * The rest of a case file (issue 11): parties, assignments, invited persons, sessions, the state history and the
 * follow-ups. Each reader is given a case the caller's scope already reached (queries/case.ts `getCase` or
 * `lockCase`); they filter by the scope's commune and the case.
 */
import type { CommuneLevelScope, FollowUpResult, RecusalReason } from '@hgcs/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../client.ts';
import { caseAssignments, caseEvents, caseFollowUps, caseInvitees, caseParties, caseSessions } from '../schema/case.ts';
import { mediators } from '../schema/mediator.ts';

/** The rows of one case of the scope's commune, in a case-file table. */
const ofCase = (table: { communeId: AnyPgColumn; caseId: AnyPgColumn }, scope: CommuneLevelScope, caseId: string) =>
  and(eq(table.communeId, scope.communeId), eq(table.caseId, caseId));

/** The parties, in the order they were entered. */
export function partiesOfCase(db: DbOrTx, scope: CommuneLevelScope, caseId: string) {
  return db
    .select({
      id: caseParties.id,
      fullName: caseParties.fullName,
      birthYear: caseParties.birthYear,
      address: caseParties.address,
      phone: caseParties.phone,
    })
    .from(caseParties)
    .where(ofCase(caseParties, scope, caseId))
    .orderBy(asc(caseParties.position));
}

/** Every assignment with the mediator's name, active ones first, then by day. */
export function assignmentsOfCase(db: DbOrTx, scope: CommuneLevelScope, caseId: string) {
  return db
    .select({
      id: caseAssignments.id,
      mediatorId: caseAssignments.mediatorId,
      fullName: mediators.fullName,
      assignedOn: caseAssignments.assignedOn,
      declinedOn: caseAssignments.declinedOn,
      declineReason: caseAssignments.declineReason,
    })
    .from(caseAssignments)
    .innerJoin(
      mediators,
      and(eq(mediators.communeId, caseAssignments.communeId), eq(mediators.id, caseAssignments.mediatorId)),
    )
    .where(ofCase(caseAssignments, scope, caseId))
    .orderBy(sql`${caseAssignments.declinedOn} is not null`, asc(caseAssignments.assignedOn), asc(mediators.fullName));
}

/**
 * Assigns mediators (an already active assignment of the same mediator is left as it is), and keeps those who
 * declined at the recusal prompt as assignments declined that day with their reason (Art. 10.3).
 */
export async function insertAssignments(
  db: DbOrTx,
  scope: CommuneLevelScope,
  caseId: string,
  mediatorIds: readonly string[],
  assignedOn: string,
  declined: readonly { mediatorId: string; reason: RecusalReason }[] = [],
) {
  const rows = [
    ...mediatorIds.map((mediatorId) => ({ communeId: scope.communeId, caseId, mediatorId, assignedOn })),
    ...declined.map((d) => ({
      communeId: scope.communeId,
      caseId,
      mediatorId: d.mediatorId,
      assignedOn,
      declinedOn: assignedOn,
      declineReason: d.reason,
    })),
  ];
  if (rows.length === 0) return;
  await db.insert(caseAssignments).values(rows).onConflictDoNothing();
}

/** Marks an active assignment declined with its reason; false when the mediator had no active assignment. */
export async function declineAssignment(
  db: DbOrTx,
  scope: CommuneLevelScope,
  caseId: string,
  mediatorId: string,
  { on, reason, note }: { on: string; reason: RecusalReason; note: string | null },
) {
  const rows = await db
    .update(caseAssignments)
    .set({ declinedOn: on, declineReason: reason, declineNote: note })
    .where(
      and(
        ofCase(caseAssignments, scope, caseId),
        eq(caseAssignments.mediatorId, mediatorId),
        isNull(caseAssignments.declinedOn),
      ),
    )
    .returning({ id: caseAssignments.id });
  return rows.length > 0;
}

/** The invited persons. */
export function inviteesOfCase(db: DbOrTx, scope: CommuneLevelScope, caseId: string) {
  return db
    .select({ id: caseInvitees.id, fullName: caseInvitees.fullName, role: caseInvitees.role })
    .from(caseInvitees)
    .where(ofCase(caseInvitees, scope, caseId))
    .orderBy(asc(caseInvitees.createdAt));
}

/** Adds an invited person. */
export async function insertInvitee(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<typeof caseInvitees.$inferInsert, 'communeId' | 'id' | 'createdAt'>,
) {
  const [row] = await db
    .insert(caseInvitees)
    .values({ ...values, communeId: scope.communeId })
    .returning({ id: caseInvitees.id });
  return row!;
}

/** The sessions by day. */
export function sessionsOfCase(db: DbOrTx, scope: CommuneLevelScope, caseId: string) {
  return db
    .select({
      id: caseSessions.id,
      heldOn: caseSessions.heldOn,
      place: caseSessions.place,
      durationMinutes: caseSessions.durationMinutes,
      mediatorIds: caseSessions.mediatorIds,
      partyIds: caseSessions.partyIds,
      invited: caseSessions.invited,
      summary: caseSessions.summary,
    })
    .from(caseSessions)
    .where(ofCase(caseSessions, scope, caseId))
    .orderBy(asc(caseSessions.heldOn), asc(caseSessions.createdAt));
}

/** Records a session unless the client's key already did; `created` says which. */
export async function insertCaseSession(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<typeof caseSessions.$inferInsert, 'communeId' | 'id' | 'createdAt'>,
) {
  const [row] = await db
    .insert(caseSessions)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoNothing({ target: [caseSessions.communeId, caseSessions.clientKey] })
    .returning({ id: caseSessions.id });
  if (row) return { id: row.id, created: true };
  const [same] = await db
    .select({ id: caseSessions.id })
    .from(caseSessions)
    .where(and(eq(caseSessions.communeId, scope.communeId), eq(caseSessions.clientKey, values.clientKey)));
  return { id: same!.id, created: false };
}

/** The state history, oldest first. */
export function eventsOfCase(db: DbOrTx, scope: CommuneLevelScope, caseId: string) {
  return db
    .select({
      event: caseEvents.event,
      fromStatus: caseEvents.fromStatus,
      toStatus: caseEvents.toStatus,
      onDate: caseEvents.onDate,
    })
    .from(caseEvents)
    .where(ofCase(caseEvents, scope, caseId))
    .orderBy(asc(caseEvents.createdAt));
}

/** The follow-ups by due day. */
export function followUpsOfCase(db: DbOrTx, scope: CommuneLevelScope, caseId: string) {
  return db
    .select({
      id: caseFollowUps.id,
      afterDays: caseFollowUps.afterDays,
      dueOn: caseFollowUps.dueOn,
      result: caseFollowUps.result,
      recordedOn: caseFollowUps.recordedOn,
      note: caseFollowUps.note,
    })
    .from(caseFollowUps)
    .where(ofCase(caseFollowUps, scope, caseId))
    .orderBy(asc(caseFollowUps.afterDays));
}

/** Schedules the follow-ups (once: a second schedule of the same offsets is ignored). */
export async function insertFollowUps(
  db: DbOrTx,
  scope: CommuneLevelScope,
  caseId: string,
  items: readonly { afterDays: number; dueOn: string }[],
) {
  await db
    .insert(caseFollowUps)
    .values(items.map((i) => ({ ...i, caseId, communeId: scope.communeId })))
    .onConflictDoNothing();
}

/** Records a follow-up's result; false when it already had one (or is not the case's). */
export async function recordFollowUp(
  db: DbOrTx,
  scope: CommuneLevelScope,
  caseId: string,
  id: string,
  { result, on, note }: { result: FollowUpResult; on: string; note: string | null },
) {
  const rows = await db
    .update(caseFollowUps)
    .set({ result, recordedOn: on, note })
    .where(and(ofCase(caseFollowUps, scope, caseId), eq(caseFollowUps.id, id), isNull(caseFollowUps.result)))
    .returning({ id: caseFollowUps.id });
  return rows.length > 0;
}
