/** The commune's plan: the full tree for staff, and a plain public view for the kiosk and the web portal. */
import { DomainError, kioskScope } from '@hgcs/domain';
import { z } from 'zod';
import { can, kioskProcedure } from '../procedures.ts';
import { toPlanView } from './view.ts';
import { readAgencies, readPlanTree } from '../cache/commune-reference.ts';

const publicPlanInput = z.object({ commune: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số') }).strict();

export const planRouter = {
  /** The plan of the user's commune: groups and tasks with lead and coordinating agencies and timing. */
  get: can('plan.read').query(async ({ ctx }) => {
    const [tree, agencies] = await Promise.all([readPlanTree(ctx.db, ctx.scope), readAgencies(ctx.db, ctx.scope)]);
    if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
    return toPlanView(tree, agencies);
  }),

  /** The same plan for citizens: no personal data exists in it (agencies are public bodies). */
  public: kioskProcedure.input(publicPlanInput).query(async ({ ctx, input }) => {
    const scope = kioskScope(Number(input.commune));
    const [tree, agencies] = await Promise.all([readPlanTree(ctx.db, scope), readAgencies(ctx.db, scope)]);
    if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
    return toPlanView(tree, agencies);
  }),
};
