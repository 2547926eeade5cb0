/**
 * Prepares (or prepares again) the commune's report of a period from its records, storing the figures as a snapshot;
 * an approved report is locked (KPI.REPORT_LOCKED) and nothing changes. Audited with the period and the headline
 * counts, never a person.
 */
import { saveStatisticalReport, statisticalReportOf, withAudit } from '@hgcs/db';
import { requireReportOpen, type StatisticalPeriodInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { buildCommuneReport } from './build-commune-report.ts';
import { reportView, type StatisticalReportView } from './view.ts';

export function prepareStatisticalReport(
  ctx: ScopedContext,
  input: StatisticalPeriodInput,
): Promise<StatisticalReportView> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const before = await statisticalReportOf(tx, ctx.scope, input, true);
    requireReportOpen(before?.status ?? null);
    const figures = await buildCommuneReport(tx, ctx.scope, input);
    const row = await saveStatisticalReport(tx, ctx.scope, {
      ...input,
      figures,
      preparedBy: ctx.user.userId,
      preparedAt: ctx.now,
    });
    await audit({
      action: 'statistics.prepare',
      objectType: 'statistical_report',
      objectId: row!.id,
      after: {
        year: input.year,
        kind: input.kind,
        received: figures.activity.received.total,
        successful: figures.activity.received.successful,
        mediators: figures.organisation.mediators.total,
      },
    });
    return reportView(input.year, input.kind, row);
  });
}
