/**
 * The signed-in user's commune: its identity, villages and agencies. Every read takes the scope `can()` resolved: a
 * village head sees their own village only. Villages are created and changed by the `village` router.
 */
import { readVillages } from '../cache/commune-reference.ts';
import { can } from '../procedures.ts';
import { readCommune } from './read-commune.ts';

export const communeRouter = {
  /** The commune with its villages and agencies. */
  get: can('commune.read').query(({ ctx }) => readCommune(ctx)),

  /** The villages of the caller's scope (the commune's; a village head's own), for pickers and the registry of teams. */
  villages: can('commune.read').query(({ ctx }) => readVillages(ctx.db, ctx.scope)),
};
