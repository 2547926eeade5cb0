/** Changes a team of the commune (name, village, founding decision, status); another commune's is "not found". */
import { updateTeam, villagesExist, withAudit } from '@hgcs/db';
import { DomainError, type TeamUpdate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

export async function changeTeam(ctx: ScopedContext, { id, ...patch }: TeamUpdate): Promise<{ id: string }> {
  if (patch.villageId && !(await villagesExist(ctx.db, ctx.scope, [patch.villageId])))
    throw new DomainError('REGISTRY.VILLAGE_NOT_FOUND', { field: 'villageId' });
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const changed = await updateTeam(tx, ctx.scope, id, patch, ctx.now);
      if (!changed) throw new DomainError('RESOURCE.NOT_FOUND');
      const { createdAt: _c, updatedAt: _u, ...before } = changed.before;
      const { createdAt: _c2, updatedAt: _u2, ...after } = changed.after;
      await audit({ action: 'team.update', objectType: 'team', objectId: id, before, after });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('REGISTRY.NAME_TAKEN', { field: 'name' });
    throw error;
  }
}
