/** The legal-support pool (Decision 315/QĐ-TTg: ≥ 10 % of teams supported) and its links to teams. */
import {
  legalSupporterCreateSchema,
  legalSupporterIdSchema,
  legalSupporterUpdateSchema,
  legalSupportLinkSchema,
  legalSupportUnlinkSchema,
  pageInputSchema,
} from '@hgcs/domain';
import { can } from '../procedures.ts';
import { createLegalSupporter } from './create-legal-supporter.ts';
import { linkLegalSupporter, unlinkLegalSupporter } from './link-legal-support.ts';
import { listLegalSupporters } from './list-legal-supporters.ts';
import { removeLegalSupporter } from './remove-legal-supporter.ts';
import { changeLegalSupporter } from './update-legal-supporter.ts';

export const legalSupportRouter = {
  list: can('team.read')
    .input(pageInputSchema.optional())
    .query(({ ctx, input }) => listLegalSupporters(ctx.db, ctx.scope, ctx.user, pageInputSchema.parse(input ?? {}))),
  create: can('team.manage')
    .input(legalSupporterCreateSchema)
    .mutation(({ ctx, input }) => createLegalSupporter(ctx, input)),
  update: can('team.manage')
    .input(legalSupporterUpdateSchema)
    .mutation(({ ctx, input }) => changeLegalSupporter(ctx, input)),
  remove: can('team.manage')
    .input(legalSupporterIdSchema)
    .mutation(({ ctx, input }) => removeLegalSupporter(ctx, input.id)),
  link: can('team.manage')
    .input(legalSupportLinkSchema)
    .mutation(({ ctx, input }) => linkLegalSupporter(ctx, input)),
  unlink: can('team.manage')
    .input(legalSupportUnlinkSchema)
    .mutation(({ ctx, input }) => unlinkLegalSupporter(ctx, input)),
};
