/**
 * The Ministry's statistical report (Circular 03/2019/TT-BTP; issue 13 point 9): a period's report, preparing it
 * from the commune's records, the chairman's approval (which locks it) and reopening with a reason; the province's
 * states and roll-up of approved reports.
 */
import { reopenStatisticalReportInputSchema, statisticalPeriodInputSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { approveStatisticalReport } from './approve-statistical-report.ts';
import { getStatisticalReport } from './get-statistical-report.ts';
import { prepareStatisticalReport } from './prepare-statistical-report.ts';
import { provinceStatistics } from './province-statistical-reports.ts';
import { reopenStatisticalReport } from './reopen-statistical-report.ts';

export const statisticsRouter = {
  report: can('statistics.read')
    .input(statisticalPeriodInputSchema)
    .query(({ ctx, input }) => getStatisticalReport(ctx.db, ctx.scope, input)),
  prepare: can('statistics.prepare')
    .input(statisticalPeriodInputSchema)
    .mutation(({ ctx, input }) => prepareStatisticalReport(ctx, input)),
  approve: can('statistics.approve')
    .input(statisticalPeriodInputSchema)
    .mutation(({ ctx, input }) => approveStatisticalReport(ctx, input)),
  reopen: can('statistics.approve')
    .input(reopenStatisticalReportInputSchema)
    .mutation(({ ctx, input }) => reopenStatisticalReport(ctx, input)),
  province: can('province.read')
    .input(statisticalPeriodInputSchema)
    .query(({ ctx, input }) => provinceStatistics(ctx.db, ctx.scope, input)),
};
