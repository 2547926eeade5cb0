/**
 * The remuneration claim of a period as XLSX or DOCX (Decree 30/2020 layout, number and date left for the clerk) for
 * the commune's confirmation, filled by @hgcs/reports from the same cases and `buildRemunerationClaim`. Audited as a
 * file leaving the system (kind, period, count and the reason given — a list of cases needs one, point 10).
 */
import { caseClaimInputSchema, DomainError, requireExportReason } from '@hgcs/domain';
import { writeRemunerationClaimDocx, writeRemunerationClaimXlsx } from '@hgcs/reports';
import { auditDownload } from '../audit-download.ts';
import type { Context } from '../context.ts';
import { mediaTypes } from '../plan/commune-document.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { claimOf } from './claim-of.ts';

export async function exportClaim(
  ctx: Context,
  from: string,
  to: string,
  format: 'docx' | 'xlsx',
  reasonText: unknown,
) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'case.claim', 'exports.claim');
  const reason = requireExportReason(reasonText);
  const parsed = caseClaimInputSchema.safeParse({ from, to });
  if (!parsed.success)
    throw new DomainError('INPUT.INVALID', {}, [{ path: 'to', code: 'field.PERIOD_END_BEFORE_START', params: {} }]);
  const scoped = { ...ctx, user, scope };
  const { communeName, cases, period, claim } = await claimOf(scoped, parsed.data.from, parsed.data.to);
  const data = { communeName, cases, period };
  const bytes =
    format === 'xlsx'
      ? await writeRemunerationClaimXlsx(data)
      : await writeRemunerationClaimDocx({
          ...data,
          issuer: { parentName: null, name: `Ủy ban nhân dân ${communeName}` },
          documentNumber: null,
          place: communeName,
          date: null,
          recipients: ['Các tổ hòa giải'],
          signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: null },
        });
  await auditDownload(scoped, {
    action: 'export.download',
    objectType: 'export',
    objectId: `claim.${format}`,
    after: { kind: 'claim', format, from: period.from, to: period.to, count: claim.lines.length, exportReason: reason },
  });
  return { bytes, mediaType: mediaTypes[format], fileName: `thu-lao-hoa-giai-${period.from}-${period.to}.${format}` };
}
