/**
 * The kiosk's requests (issue 12, points 3–4): the village's team that receives a request, the receipt kept beside
 * the case, and the lookup of a request by its tracking code for the status check (the stage only). Every query
 * carries the commune of the kiosk's scope.
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { cases } from '../schema/case.ts';
import { villages } from '../schema/commune.ts';
import { caseReceipts } from '../schema/kiosk.ts';
import { teams } from '../schema/team.ts';

/** The village's name and its first active team (by name), or undefined when there is no such village. */
export async function villageWithTeam(db: DbOrTx, scope: CommuneLevelScope, villageId: string) {
  const [row] = await db
    .select({ name: villages.name, teamId: teams.id })
    .from(villages)
    .leftJoin(
      teams,
      and(eq(teams.communeId, villages.communeId), eq(teams.villageId, villages.id), eq(teams.status, 'active')),
    )
    .where(and(eq(villages.communeId, scope.communeId), eq(villages.id, villageId)))
    .orderBy(asc(teams.name), asc(teams.id))
    .limit(1);
  return row;
}

/** Keeps the receipt of a case opened at the kiosk (once per case). */
export async function insertReceipt(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: { caseId: string; factorHash: string; contactVia: 'phone' | 'village_head'; deviceId: string },
) {
  await db
    .insert(caseReceipts)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoNothing({ target: [caseReceipts.communeId, caseReceipts.caseId] });
}

/** The request behind a tracking code (its status and receipt), locked for the check's update; undefined if none. */
export async function receiptByCodeForUpdate(db: DbOrTx, scope: CommuneLevelScope, trackingCode: string) {
  const [row] = await db
    .select({
      caseId: cases.id,
      status: cases.status,
      factorHash: caseReceipts.factorHash,
      failedChecks: caseReceipts.failedChecks,
      lockedUntil: caseReceipts.lockedUntil,
    })
    .from(cases)
    .innerJoin(caseReceipts, and(eq(caseReceipts.communeId, cases.communeId), eq(caseReceipts.caseId, cases.id)))
    .where(and(eq(cases.communeId, scope.communeId), eq(cases.trackingCode, trackingCode)))
    .for('update', { of: caseReceipts });
  return row;
}

/** Records a check's outcome on the receipt: its wrong-factor count and lock. */
export async function setReceiptChecks(
  db: DbOrTx,
  scope: CommuneLevelScope,
  caseId: string,
  values: { failedChecks: number; lockedUntil: Date | null },
) {
  await db
    .update(caseReceipts)
    .set(values)
    .where(and(eq(caseReceipts.communeId, scope.communeId), eq(caseReceipts.caseId, caseId)));
}

/** The receipt of a case (tests and the console): how to reach the person. */
export async function receiptOf(db: DbOrTx, scope: CommuneLevelScope, caseId: string) {
  const [row] = await db
    .select({ contactVia: caseReceipts.contactVia, failedChecks: caseReceipts.failedChecks })
    .from(caseReceipts)
    .where(and(eq(caseReceipts.communeId, scope.communeId), eq(caseReceipts.caseId, caseId)));
  return row;
}

/** Replaces the kept hash of a receipt's second factor (a retried request answers a new one). */
export async function setReceiptFactor(db: DbOrTx, scope: CommuneLevelScope, caseId: string, factorHash: string) {
  await db
    .update(caseReceipts)
    .set({ factorHash, failedChecks: 0, lockedUntil: null })
    .where(and(eq(caseReceipts.communeId, scope.communeId), eq(caseReceipts.caseId, caseId)));
}

/** The day a case was received (a retried kiosk request's receipt prints it). */
export async function caseReceivedOn(db: DbOrTx, scope: CommuneLevelScope, caseId: string): Promise<string> {
  const [row] = await db
    .select({ receivedOn: cases.receivedOn })
    .from(cases)
    .where(and(eq(cases.communeId, scope.communeId), eq(cases.id, caseId)));
  return row!.receivedOn;
}
