/**
 * Decision 315/QĐ-TTg's targets per year for a commune and its villages (issue 13 point 8): read by the commune's
 * bodies that answer for the figures, and by the province for each of its communes.
 */
import { decision315DashboardInputSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { decision315Dashboard } from './decision-315-dashboard.ts';

export const kpiRouter = {
  dashboard: can('kpi.read')
    .input(decision315DashboardInputSchema)
    .query(({ ctx, input }) => decision315Dashboard(ctx.db, ctx.scope, input)),
};
