/** Villages (thôn, làng, tổ dân phố) of the commune with their teams: the registry's tree. */
import { pageInputSchema, villageInputSchema, villageUpdateSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { createVillage } from './create-village.ts';
import { listVillagesPage } from './list-villages.ts';
import { changeVillage } from './update-village.ts';

export const villageRouter = {
  /** One page of the scope's villages (a village head's own), each with its teams. */
  list: can('team.read')
    .input(pageInputSchema.optional())
    .query(({ ctx, input }) => listVillagesPage(ctx.db, ctx.scope, pageInputSchema.parse(input ?? {}))),
  create: can('village.manage')
    .input(villageInputSchema)
    .mutation(({ ctx, input }) => createVillage(ctx, input)),
  update: can('village.manage')
    .input(villageUpdateSchema)
    .mutation(({ ctx, input }) => changeVillage(ctx, input)),
};
