/**
 * The materials library (Law 35/2013 Art. 9.4; plan task 5b; issue 13, point 3): search it, read and keep an item;
 * the public items for the kiosk and the portal; the Decision 315 "access to the material set" figure.
 */
import { isoDateSchema, materialCreateSchema, materialSearchSchema, materialUpdateSchema } from '@hgcs/domain';
import { z } from 'zod';
import { can, kioskProcedure } from '../procedures.ts';
import { createMaterial } from './create-material.ts';
import { readMaterial } from './get-material.ts';
import { materialAccess } from './material-access.ts';
import { searchMaterials, searchPublicMaterials } from './search-materials.ts';
import { updateMaterial } from './update-material.ts';

const idSchema = z.object({ id: z.string().uuid('field.MATERIAL_ID') }).strict();
const publicSearchSchema = materialSearchSchema.extend({ commune: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số') });
const asOfSchema = z.object({ asOf: isoDateSchema }).strict();

export const materialRouter = {
  search: can('material.read')
    .input(materialSearchSchema)
    .query(({ ctx, input }) => searchMaterials(ctx.db, ctx.scope.communeId, input)),
  get: can('material.read')
    .input(idSchema)
    .query(({ ctx, input }) => readMaterial(ctx.db, ctx.scope, input.id)),
  /** Decision 315/QĐ-TTg: how many active mediators had and used the ministry's material set on `asOf`. */
  access: can('material.read')
    .input(asOfSchema)
    .query(({ ctx, input }) => materialAccess(ctx.db, ctx.scope, input.asOf)),
  create: can('material.manage')
    .input(materialCreateSchema)
    .mutation(({ ctx, input }) => createMaterial(ctx, input)),
  update: can('material.manage')
    .input(materialUpdateSchema)
    .mutation(({ ctx, input }) => updateMaterial(ctx, input)),
  /** For citizens (kiosk, web portal): the commune's public items, searched the same way. No personal data. */
  public: kioskProcedure
    .input(publicSearchSchema)
    .query(({ ctx, input }) => searchPublicMaterials(ctx.db, Number(input.commune), input)),
};
