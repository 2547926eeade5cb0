/** The office changes a village of its commune; a village of another commune is "not found", a name taken `RESOURCE.CONFLICT`. */
import { updateVillage as updateVillageRow, withAudit } from '@hgcs/db';
import { DomainError, type VillageUpdate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

export async function updateVillage(ctx: ScopedContext, input: VillageUpdate): Promise<{ id: string }> {
  const { id, ...patch } = input;
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const changed = await updateVillageRow(tx, ctx.scope, id, patch);
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
    if (isUniqueViolation(error)) throw new DomainError('RESOURCE.CONFLICT');
    throw error;
  }
}
