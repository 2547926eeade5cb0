/** Mediators: search without diacritics, one person with their memberships, recording and changing a person. */
import { mediatorCreateSchema, mediatorIdInputSchema, mediatorSearchSchema, mediatorUpdateSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { createMediator } from './create-mediator.ts';
import { readMediator } from './get-mediator.ts';
import { findMediators } from './search-mediators.ts';
import { changeMediator } from './update-mediator.ts';

export const mediatorRouter = {
  /** One page of the scope's mediators whose name matches `q` (empty: all), by name. */
  search: can('mediator.read')
    .input(mediatorSearchSchema.optional())
    .query(({ ctx, input }) => findMediators(ctx.db, ctx.scope, ctx.user, mediatorSearchSchema.parse(input ?? {}))),
  get: can('mediator.read')
    .input(mediatorIdInputSchema)
    .query(({ ctx, input }) => readMediator(ctx.db, ctx.scope, ctx.user, input.id)),
  create: can('mediator.manage')
    .input(mediatorCreateSchema)
    .mutation(({ ctx, input }) => createMediator(ctx, input)),
  update: can('mediator.manage')
    .input(mediatorUpdateSchema)
    .mutation(({ ctx, input }) => changeMediator(ctx, input)),
};
