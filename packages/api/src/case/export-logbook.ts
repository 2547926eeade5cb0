/**
 * A team's logbook of a year as the printable book (DOCX, A4 landscape, or XLSX) in the Ministry's layout, filled
 * by @hgcs/reports from the same `buildLogbook` as the screen. Needs `case.read_personal` (it names the parties);
 * audited as a file leaving the system (kind, year, count and the reason given — a list of cases needs one, point 10).
 */
import { caseLogbookInputSchema, DomainError, requireExportReason } from '@hgcs/domain';
import { writeLogbookDocx, writeLogbookXlsx } from '@hgcs/reports';
import { auditDownload } from '../audit-download.ts';
import type { Context } from '../context.ts';
import { mediaTypes } from '../plan/commune-document.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { logbookOf } from './logbook-of.ts';

export async function exportLogbook(
  ctx: Context,
  teamId: string,
  yearText: string,
  format: 'docx' | 'xlsx',
  reasonText: unknown,
) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'case.read_personal', 'exports.logbook');
  const reason = requireExportReason(reasonText);
  const parsed = caseLogbookInputSchema.safeParse({ teamId, year: Number(yearText) });
  if (!parsed.success)
    throw new DomainError('INPUT.INVALID', {}, [{ path: 'year', code: 'field.LOGBOOK_YEAR', params: {} }]);
  const scoped = { ...ctx, user, scope };
  const { heading, input, book } = await logbookOf(scoped, parsed.data.teamId, parsed.data.year);
  const write = format === 'docx' ? writeLogbookDocx : writeLogbookXlsx;
  const bytes = await write({ ...heading, ...input });
  await auditDownload(scoped, {
    action: 'export.download',
    objectType: 'export',
    objectId: `logbook.${format}`,
    after: { kind: 'logbook', format, year: parsed.data.year, count: book.rows.length, exportReason: reason },
  });
  return { bytes, mediaType: mediaTypes[format], fileName: `so-theo-doi-hoa-giai-${parsed.data.year}.${format}` };
}
