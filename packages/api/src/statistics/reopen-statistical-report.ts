/** The chairman reopens an approved report with a reason (audited); it goes back to prepared and may be prepared again. */
import { setStatisticalReportStatus, statisticalReportOf, withAudit } from '@hgcs/db';
import { requireReportApproved, type ReopenStatisticalReportInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { reportView, type StatisticalReportView } from './view.ts';

export function reopenStatisticalReport(
  ctx: ScopedContext,
  input: ReopenStatisticalReportInput,
): Promise<StatisticalReportView> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await statisticalReportOf(tx, ctx.scope, input, true);
    requireReportApproved(row?.status ?? null);
    const next = await setStatisticalReportStatus(tx, ctx.scope, row!.id, {
      status: 'prepared',
      reason: input.reason,
      at: ctx.now,
    });
    await audit({
      action: 'statistics.reopen',
      objectType: 'statistical_report',
      objectId: row!.id,
      before: { status: 'approved' },
      after: { status: 'prepared', reason: input.reason },
    });
    return reportView(input.year, input.kind, next);
  });
}
