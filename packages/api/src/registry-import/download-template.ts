/**
 * The workbook a commune fills in to import its mediator lists (issue 10, point 8): the template of @hgcs/reports
 * with the commune's villages and active teams in its drop-down lists, dated by the API's day. Audited as a file
 * leaving the system.
 */
import { getCommune, listVillages, teamsForImport } from '@hgcs/db';
import { DomainError, todayInVietnam } from '@hgcs/domain';
import { writeMediatorImportTemplateXlsx } from '@hgcs/reports';
import type { Context } from '../context.ts';
import { auditDownload } from '../audit-download.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { mediaTypes } from '../plan/commune-document.ts';

export async function downloadImportTemplate(ctx: Context) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'mediator.manage', 'exports.registry-import-template');
  const [commune, villages, teams] = await Promise.all([
    getCommune(ctx.db, scope.communeId),
    listVillages(ctx.db, scope),
    teamsForImport(ctx.db, scope),
  ]);
  if (!commune) throw new DomainError('RESOURCE.NOT_FOUND');
  if (villages.length === 0) throw new DomainError('REGISTRY.VILLAGE_NOT_FOUND', { field: 'villages' });
  const bytes = await writeMediatorImportTemplateXlsx({
    communeName: commune.name,
    villages: villages.map((v) => v.name),
    teams: teams.map((t) => t.name).sort((a, b) => a.localeCompare(b, 'vi')),
    date: todayInVietnam(ctx.now),
  });
  await auditDownload(
    { ...ctx, user, scope },
    {
      action: 'export.download',
      objectType: 'export',
      objectId: 'mediator_import_template.xlsx',
      after: { kind: 'mediator_import_template', format: 'xlsx' },
    },
  );
  return { bytes, mediaType: mediaTypes.xlsx, fileName: 'mau-nhap-hoa-giai-vien.xlsx' };
}
