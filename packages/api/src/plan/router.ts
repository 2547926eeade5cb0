/** The commune's plan: the full tree for staff, and a plain public view for the kiosk and the web portal. */
import { DomainError, kioskScope } from '@hgcs/domain';
import { z } from 'zod';
import { can, kioskProcedure } from '../procedures.ts';
import { readPlanView } from '../cache/commune-reference.ts';

const publicPlanInput = z.object({ commune: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số') }).strict();

export const planRouter = {
  /** The plan of the user's commune: groups and tasks with lead and coordinating agencies and timing. */
  get: can('plan.read').query(async ({ ctx }) => {
    const plan = await readPlanView(ctx.db, ctx.scope);
    if (!plan) throw new DomainError('RESOURCE.NOT_FOUND');
    return plan;
  }),

  /** The same plan for citizens: no personal data exists in it (agencies are public bodies). */
  public: kioskProcedure.input(publicPlanInput).query(async ({ ctx, input }) => {
    const plan = await readPlanView(ctx.db, kioskScope(Number(input.commune)));
    if (!plan) throw new DomainError('RESOURCE.NOT_FOUND');
    return plan;
  }),
};
