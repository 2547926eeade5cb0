/** Changes a village of the commune; another commune's is "not found"; a taken name is refused, naming the field. */
import { updateVillage, withAudit } from '@hgcs/db';
import { DomainError, type VillageUpdate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

export async function changeVillage(ctx: ScopedContext, { id, ...patch }: VillageUpdate): Promise<{ id: string }> {
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const changed = await updateVillage(tx, ctx.scope, id, patch);
      if (!changed) throw new DomainError('RESOURCE.NOT_FOUND');
      await audit({
        action: 'village.update',
        objectType: 'village',
        objectId: id,
        before: changed.before,
        after: changed.after,
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('REGISTRY.NAME_TAKEN', { field: 'name' });
    throw error;
  }
}
