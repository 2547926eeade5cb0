/** The office adds a village to the commune's list (R-UNIT-1: an ethnic-minority area unless said otherwise); a name taken is `RESOURCE.CONFLICT`. */
import { schema, withAudit } from '@hgcs/db';
import { DomainError, type VillageInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { isUniqueViolation } from '../db-errors.ts';

export async function addVillage(ctx: ScopedContext, input: VillageInput): Promise<{ id: string }> {
  const actor = actorIn(ctx);
  try {
    return await withAudit(ctx.db, actor, async (tx, audit) => {
      const [row] = await tx
        .insert(schema.villages)
        .values({ communeId: actor.communeId, ...input })
        .returning({ id: schema.villages.id });
      await audit({ action: 'village.create', objectType: 'village', objectId: row!.id, after: input });
      return { id: row!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('RESOURCE.CONFLICT');
    throw error;
  }
}
