/**
 * The signed-in user's commune: its identity, villages (editable by the office) and agencies. Every read takes the
 * scope `can()` resolved: a village head sees their own village only.
 */
import { villageInputSchema, villageUpdateSchema } from '@hgcs/domain';
import { readVillages } from '../cache/commune-reference.ts';
import { can } from '../procedures.ts';
import { addVillage } from './add-village.ts';
import { readCommune } from './read-commune.ts';
import { updateVillage } from './update-village.ts';

export const communeRouter = {
  /** The commune with its villages and agencies. */
  get: can('commune.read').query(({ ctx }) => readCommune(ctx)),

  /** The villages of the caller's scope (the commune's; a village head's own), for pickers and the registry of teams. */
  villages: can('commune.read').query(({ ctx }) => readVillages(ctx.db, ctx.scope)),

  /** Adds a village to the commune's list (R-UNIT-1: an ethnic-minority area unless said otherwise). */
  addVillage: can('village.manage')
    .input(villageInputSchema)
    .mutation(({ ctx, input }) => addVillage(ctx, input)),

  /** Changes a village of the user's commune; a village of another commune is "not found". */
  updateVillage: can('village.manage')
    .input(villageUpdateSchema)
    .mutation(({ ctx, input }) => updateVillage(ctx, input)),
};
