/** Founds a team in a village of the commune (Law 35/2013 Art. 12.2); a taken name or an unknown village is refused, naming the field. */
import { insertTeam, villagesExist, withAudit } from '@hgcs/db';
import { DomainError, type TeamCreate } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

export async function createTeam(ctx: ScopedContext, input: TeamCreate): Promise<{ id: string }> {
  if (!(await villagesExist(ctx.db, ctx.scope, [input.villageId])))
    throw new DomainError('REGISTRY.VILLAGE_NOT_FOUND', { field: 'villageId' });
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const { id } = await insertTeam(tx, ctx.scope, input);
      await audit({ action: 'team.create', objectType: 'team', objectId: id, after: input });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('REGISTRY.NAME_TAKEN', { field: 'name' });
    throw error;
  }
}
