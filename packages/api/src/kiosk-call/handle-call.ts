/** An officer marks a kiosk's call for staff handled (the first time is kept; a second mark changes nothing). */
import { handleKioskCall, withAudit } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function handleCall(ctx: ScopedContext, id: string): Promise<{ handled: true }> {
  const found = await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    if (!(await handleKioskCall(tx, ctx.scope, id, ctx.now, ctx.user.userId))) return false;
    await audit({ action: 'kiosk.call_handled', objectType: 'kiosk_call', objectId: id });
    return true;
  });
  if (!found) throw new DomainError('KIOSK.NOT_FOUND');
  return { handled: true };
}
