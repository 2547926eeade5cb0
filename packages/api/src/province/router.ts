/**
 * The province's view (Sở Tư pháp; issue 8.3): every commune of the province side by side, overdue work by commune
 * and agency, and onboarding a commune. Read-only toward the communes: a province user holds no commune permission,
 * so every commune procedure refuses them (AUTH.FORBIDDEN); their year reports go through the export routes.
 */
import {
  onboardCommuneInputSchema,
  provinceRemunerationSchema,
  provinceSpendingNormsSchema,
  provinceYearInputSchema,
  todayInVietnam,
  yearOf,
} from '@hgcs/domain';
import { can } from '../procedures.ts';
import { communesProgress } from './communes-progress.ts';
import { onboardCommune } from './onboard-commune.ts';
import { normsOf } from './norms-of.ts';
import { overdueByCommune } from './overdue-by-commune.ts';
import { setRemuneration } from './set-remuneration.ts';
import { setSpendingNorms } from './set-spending-norms.ts';

export const provinceRouter = {
  /** Each commune of the province with its plan's progress in `year` (default this year): %, done/total, overdue, due soon. */
  communes: can('province.read')
    .input(provinceYearInputSchema)
    .query(async ({ ctx, input }) => {
      const today = todayInVietnam(ctx.now);
      const year = input.year ?? yearOf(today);
      return {
        year,
        provinceCode: ctx.scope.provinceCode,
        communes: await communesProgress(ctx.db, ctx.scope, today, year),
      };
    }),

  /** Overdue items of every commune of the province, by commune then lead agency. */
  overdue: can('province.read').query(({ ctx }) => overdueByCommune(ctx.db, ctx.scope, todayInVietnam(ctx.now))),

  /** Adds a commune of the province from its data file; its first administrator's setup password is returned once. */
  addCommune: can('commune.onboard')
    .input(onboardCommuneInputSchema)
    .mutation(({ ctx, input }) => onboardCommune(ctx, input)),

  /** The province's remuneration and spending-norms resolutions, with the circular's maxima. */
  norms: can('province.read').query(({ ctx }) => normsOf(ctx.db, ctx.scope.provinceCode)),

  /** Sets the remuneration amounts per case (and the team's monthly support) from a day. Audited. */
  setRemuneration: can('province.norms')
    .input(provinceRemunerationSchema)
    .mutation(({ ctx, input }) => setRemuneration(ctx, input)),

  /** Sets spending norms for capped items from 1 January of a year. Audited. */
  setSpendingNorms: can('province.norms')
    .input(provinceSpendingNormsSchema)
    .mutation(({ ctx, input }) => setSpendingNorms(ctx, input)),
};
