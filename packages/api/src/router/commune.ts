/**
 * The signed-in user's commune: its identity, villages (editable by the office) and agencies. Every read takes the
 * scope `can()` resolved: a village head sees their own village only.
 */
import { getCommune, schema, updateVillage, withAudit } from '@hgcs/db';
import { readAgencies, readVillages } from '../cache/commune-reference.ts';
import { DomainError, villageInputSchema, villageUpdateSchema } from '@hgcs/domain';
import { actorIn } from '../context.ts';
import { can } from '../procedures.ts';
import { isUniqueViolation } from '../db-errors.ts';

export const communeRouter = {
  /** The commune with its villages and agencies. */
  get: can('commune.read').query(async ({ ctx }) => {
    const [commune, villages, agencies] = await Promise.all([getCommune(ctx.db, ctx.scope.communeId), readVillages(ctx.db, ctx.scope), readAgencies(ctx.db, ctx.scope)]);
    if (!commune) throw new DomainError('RESOURCE.NOT_FOUND');
    return { code: String(commune.id), name: commune.name, provinceName: commune.provinceName, villages, agencies: agencies.map(({ communeId: _c, ...a }) => a) };
  }),

  /** The villages of the caller's scope (the commune's; a village head's own), for pickers and the registry of teams. */
  villages: can('commune.read').query(({ ctx }) => readVillages(ctx.db, ctx.scope)),

  /** Adds a village to the commune's list (R-UNIT-1: an ethnic-minority area unless said otherwise). */
  addVillage: can('village.manage').input(villageInputSchema).mutation(async ({ ctx, input }) => {
    const actor = actorIn(ctx);
    try {
      return await withAudit(ctx.db, actor, async (tx, audit) => {
        const [row] = await tx.insert(schema.villages).values({ communeId: actor.communeId, ...input }).returning({ id: schema.villages.id });
        await audit({ action: 'village.create', objectType: 'village', objectId: row!.id, after: input });
        return { id: row!.id };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('RESOURCE.CONFLICT');
      throw error;
    }
  }),

  /** Changes a village of the user's commune; a village of another commune is "not found". */
  updateVillage: can('village.manage').input(villageUpdateSchema).mutation(async ({ ctx, input }) => {
    const { id, ...patch } = input;
    try {
      return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
        const changed = await updateVillage(tx, ctx.scope, id, patch);
        if (!changed) throw new DomainError('RESOURCE.NOT_FOUND');
        await audit({ action: 'village.update', objectType: 'village', objectId: id, before: changed.before, after: changed.after });
        return { id };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('RESOURCE.CONFLICT');
      throw error;
    }
  }),
};
