/** Revokes a kiosk (issue 12, point 9): its token is refused from the next call on. Revoking twice changes nothing. */
import { revokeKioskDevice, withAudit } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function revokeDevice(ctx: ScopedContext, id: string): Promise<{ revoked: true }> {
  const found = await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    if (!(await revokeKioskDevice(tx, ctx.scope, id, ctx.now))) return false;
    await audit({ action: 'kiosk.device_revoke', objectType: 'kiosk_device', objectId: id });
    return true;
  });
  if (!found) throw new DomainError('KIOSK.NOT_FOUND');
  return { revoked: true };
}
