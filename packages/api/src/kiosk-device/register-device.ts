/**
 * Registers a kiosk (issue 12, point 9): a name and a place; answers its device token this once — only the token's
 * SHA-256 is kept, so a lost token means registering the kiosk again (and revoking the old one).
 */
import { insertKioskDevice, withAudit } from '@hgcs/db';
import type { KioskDeviceRegister } from '@hgcs/domain';
import { hashToken, newToken } from '../auth/token.ts';
import { actorIn, type ScopedContext } from '../context.ts';

export async function registerDevice(
  ctx: ScopedContext,
  input: KioskDeviceRegister,
): Promise<{ id: string; token: string }> {
  const token = `kd_${newToken()}`;
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const id = await insertKioskDevice(tx, ctx.scope, {
      name: input.name,
      place: input.place,
      tokenHash: hashToken(token),
      createdAt: ctx.now,
      createdBy: ctx.user.userId,
    });
    await audit({ action: 'kiosk.device_register', objectType: 'kiosk_device', objectId: id, after: input });
    return { id, token };
  });
}
