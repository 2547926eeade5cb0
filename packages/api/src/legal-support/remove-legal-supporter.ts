/** Removes a person from the pool, with their links; another commune's is "not found". */
import { deleteLegalSupporter, withAudit } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export function removeLegalSupporter(ctx: ScopedContext, id: string): Promise<{ id: string }> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    if (!(await deleteLegalSupporter(tx, ctx.scope, id))) throw new DomainError('RESOURCE.NOT_FOUND');
    await audit({ action: 'legal_support.remove', objectType: 'legal_supporter', objectId: id });
    return { id };
  });
}
