/**
 * "Call staff" from a kiosk (issue 12, point 11): notes that a visitor at this device asks for an officer. No
 * personal data. Throttled per device: while a call waits, or within `kioskCallThrottleSeconds` of the last one,
 * a second press answers the call already made.
 */
import { insertKioskCall, lastCallOf, withAudit } from '@hgcs/db';
import { kioskCallThrottleSeconds, kioskScope } from '@hgcs/domain';
import type { Context } from '../context.ts';
import { deviceOf } from '../kiosk-device/device-of.ts';

export async function callStaff(ctx: Context, commune: string): Promise<{ calledAt: Date; created: boolean }> {
  const communeId = Number(commune);
  const scope = kioskScope(communeId);
  return withAudit(ctx.db, { communeId, userId: null, requestId: ctx.requestId }, async (tx, audit) => {
    const device = await deviceOf(tx, scope, ctx.deviceToken, ctx.now);
    const last = await lastCallOf(tx, scope, device.id);
    if (last && (!last.handledAt || ctx.now.getTime() - last.calledAt.getTime() < kioskCallThrottleSeconds * 1000))
      return { calledAt: last.calledAt, created: false };
    const id = await insertKioskCall(tx, scope, device.id, ctx.now);
    await audit({ action: 'kiosk.call_staff', objectType: 'kiosk_call', objectId: id, after: { deviceId: device.id } });
    return { calledAt: ctx.now, created: true };
  });
}
