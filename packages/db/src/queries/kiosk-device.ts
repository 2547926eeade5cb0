/**
 * The commune's registered kiosks (issue 12, point 9) and their calls for staff (point 11). A device is found by
 * its commune and the SHA-256 of its token; every query carries the commune of the scope it is given.
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { cases } from '../schema/case.ts';
import { caseReceipts, kioskCalls, kioskDevices } from '../schema/kiosk.ts';

/** Registers a kiosk; answers its id. */
export async function insertKioskDevice(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: { name: string; place: string; tokenHash: string; createdAt: Date; createdBy: string },
): Promise<string> {
  const [row] = await db
    .insert(kioskDevices)
    .values({ ...values, communeId: scope.communeId })
    .returning({ id: kioskDevices.id });
  return row!.id;
}

/** The device holding a token in the commune (revoked or not), or undefined. */
export async function kioskDeviceByToken(db: DbOrTx, scope: CommuneLevelScope, tokenHash: string) {
  const [row] = await db
    .select({ id: kioskDevices.id, name: kioskDevices.name, revokedAt: kioskDevices.revokedAt })
    .from(kioskDevices)
    .where(and(eq(kioskDevices.communeId, scope.communeId), eq(kioskDevices.tokenHash, tokenHash)));
  return row;
}

/** Notes when a device was last heard from. */
export async function touchKioskDevice(db: DbOrTx, scope: CommuneLevelScope, id: string, at: Date) {
  await db
    .update(kioskDevices)
    .set({ lastSeenAt: at })
    .where(and(eq(kioskDevices.communeId, scope.communeId), eq(kioskDevices.id, id)));
}

/** The commune's kiosks, newest first, with the requests each sent on `today` (received that day). */
export async function listKioskDevices(db: DbOrTx, scope: CommuneLevelScope, today: string) {
  const devices = await db
    .select({
      id: kioskDevices.id,
      name: kioskDevices.name,
      place: kioskDevices.place,
      createdAt: kioskDevices.createdAt,
      lastSeenAt: kioskDevices.lastSeenAt,
      revokedAt: kioskDevices.revokedAt,
    })
    .from(kioskDevices)
    .where(eq(kioskDevices.communeId, scope.communeId))
    .orderBy(desc(kioskDevices.createdAt), asc(kioskDevices.id));
  const counts = await db
    .select({ deviceId: caseReceipts.deviceId, n: count() })
    .from(caseReceipts)
    .innerJoin(cases, and(eq(cases.communeId, caseReceipts.communeId), eq(cases.id, caseReceipts.caseId)))
    .where(and(eq(caseReceipts.communeId, scope.communeId), eq(cases.receivedOn, today)))
    .groupBy(caseReceipts.deviceId);
  const byDevice = new Map(counts.map((c) => [c.deviceId, c.n]));
  return devices.map((d) => ({ ...d, requestsToday: byDevice.get(d.id) ?? 0 }));
}

/** Revokes a device (once: the first time is kept); false when the commune has no such device. */
export async function revokeKioskDevice(db: DbOrTx, scope: CommuneLevelScope, id: string, at: Date) {
  const [row] = await db
    .select({ revokedAt: kioskDevices.revokedAt })
    .from(kioskDevices)
    .where(and(eq(kioskDevices.communeId, scope.communeId), eq(kioskDevices.id, id)))
    .for('update');
  if (!row) return false;
  if (!row.revokedAt)
    await db
      .update(kioskDevices)
      .set({ revokedAt: at })
      .where(and(eq(kioskDevices.communeId, scope.communeId), eq(kioskDevices.id, id)));
  return true;
}

/** Notes the device that sent a kiosk request on its receipt. */
export async function setReceiptDevice(db: DbOrTx, scope: CommuneLevelScope, caseId: string, deviceId: string) {
  await db
    .update(caseReceipts)
    .set({ deviceId })
    .where(and(eq(caseReceipts.communeId, scope.communeId), eq(caseReceipts.caseId, caseId)));
}

/** The device's latest call for staff (handled or not), if any. */
export async function lastCallOf(db: DbOrTx, scope: CommuneLevelScope, deviceId: string) {
  const [row] = await db
    .select({ id: kioskCalls.id, calledAt: kioskCalls.calledAt, handledAt: kioskCalls.handledAt })
    .from(kioskCalls)
    .where(and(eq(kioskCalls.communeId, scope.communeId), eq(kioskCalls.deviceId, deviceId)))
    .orderBy(desc(kioskCalls.calledAt))
    .limit(1);
  return row;
}

/** A new call for staff from a device; answers its id. */
export async function insertKioskCall(db: DbOrTx, scope: CommuneLevelScope, deviceId: string, calledAt: Date) {
  const [row] = await db
    .insert(kioskCalls)
    .values({ communeId: scope.communeId, deviceId, calledAt })
    .returning({ id: kioskCalls.id });
  return row!.id;
}

/** The calls not yet handled, oldest first, with the kiosk's name and place. */
export async function listOpenCalls(db: DbOrTx, scope: CommuneLevelScope) {
  return db
    .select({
      id: kioskCalls.id,
      calledAt: kioskCalls.calledAt,
      deviceName: kioskDevices.name,
      place: kioskDevices.place,
    })
    .from(kioskCalls)
    .innerJoin(
      kioskDevices,
      and(eq(kioskDevices.communeId, kioskCalls.communeId), eq(kioskDevices.id, kioskCalls.deviceId)),
    )
    .where(and(eq(kioskCalls.communeId, scope.communeId), isNull(kioskCalls.handledAt)))
    .orderBy(asc(kioskCalls.calledAt), asc(kioskCalls.id));
}

/** Marks a call handled (the first time is kept); false when the commune has no such call. */
export async function handleKioskCall(db: DbOrTx, scope: CommuneLevelScope, id: string, at: Date, by: string) {
  const rows = await db
    .update(kioskCalls)
    .set({ handledAt: at, handledBy: by })
    .where(and(eq(kioskCalls.communeId, scope.communeId), eq(kioskCalls.id, id), isNull(kioskCalls.handledAt)))
    .returning({ id: kioskCalls.id });
  if (rows.length > 0) return true;
  const [known] = await db
    .select({ id: kioskCalls.id })
    .from(kioskCalls)
    .where(and(eq(kioskCalls.communeId, scope.communeId), eq(kioskCalls.id, id)));
  return !!known;
}
