/**
 * The chairman approves the commune's prepared report, which locks it: only when it breaks no validation rule (the
 * refusal names the first rule broken, nothing changes). Approving an approved report is refused as locked.
 */
import { setStatisticalReportStatus, statisticalReportOf, withAudit } from '@hgcs/db';
import {
  requireReportPrepared,
  requireStatisticalReportValid,
  type StatisticalPeriodInput,
  type StatisticalReport,
} from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { reportView, type StatisticalReportView } from './view.ts';

export function approveStatisticalReport(
  ctx: ScopedContext,
  input: StatisticalPeriodInput,
): Promise<StatisticalReportView> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await statisticalReportOf(tx, ctx.scope, input, true);
    requireReportPrepared(row?.status ?? null);
    requireStatisticalReportValid(row!.figures as StatisticalReport);
    const next = await setStatisticalReportStatus(tx, ctx.scope, row!.id, {
      status: 'approved',
      by: ctx.user.userId,
      at: ctx.now,
    });
    await audit({
      action: 'statistics.approve',
      objectType: 'statistical_report',
      objectId: row!.id,
      before: { status: 'prepared' },
      after: { status: 'approved', year: input.year, kind: input.kind },
    });
    return reportView(input.year, input.kind, next);
  });
}
