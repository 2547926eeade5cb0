/**
 * A period's statistical report as XLSX in the report's layout (@hgcs/reports), from the stored snapshot — what was
 * prepared or approved, not a fresh count. `statistics.read`; audited as a file leaving the system (period, state).
 */
import { getCommune, statisticalReportOf } from '@hgcs/db';
import { DomainError, statisticalPeriodInputSchema, type StatisticalReport } from '@hgcs/domain';
import { writeStatisticalReportXlsx } from '@hgcs/reports';
import { auditDownload } from '../audit-download.ts';
import type { Context } from '../context.ts';
import { mediaTypes } from '../plan/commune-document.ts';
import { authorizeScopeAudited } from '../procedures.ts';

export async function exportStatisticalReport(ctx: Context, yearText: string, kindText: string) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'statistics.read', 'exports.statistics');
  const parsed = statisticalPeriodInputSchema.safeParse({ year: Number(yearText), kind: kindText });
  if (!parsed.success)
    throw new DomainError('INPUT.INVALID', {}, [{ path: 'year', code: 'field.REPORT_YEAR_RANGE', params: {} }]);
  const row = await statisticalReportOf(ctx.db, scope, parsed.data);
  if (!row) throw new DomainError('KPI.REPORT_NOT_PREPARED');
  const commune = (await getCommune(ctx.db, scope.communeId))!;
  const bytes = await writeStatisticalReportXlsx({
    provinceName: commune.provinceName,
    communeName: commune.name,
    status: row.status,
    qualificationRecorded: false,
    report: row.figures as StatisticalReport,
  });
  await auditDownload(
    { ...ctx, user, scope },
    {
      action: 'export.download',
      objectType: 'export',
      objectId: 'statistics.xlsx',
      after: { kind: 'statistics', year: parsed.data.year, period: parsed.data.kind, status: row.status },
    },
  );
  return {
    bytes,
    mediaType: mediaTypes.xlsx,
    fileName: `bao-cao-thong-ke-hoa-giai-${parsed.data.year}-${parsed.data.kind}.xlsx`,
  };
}
