/**
 * Receives a commune's mediator list (issue 10, point 8) and keeps it for the officer's confirmation: the caller is
 * authorized before the upload is read; then the size (≤ 2 MB), the type by content (an .xlsx workbook, not a
 * renamed file), what the package unpacks to, and every row (@hgcs/domain's `parseMediatorList`: row, column and
 * what is wrong). Nothing reaches the registry here: the rows and problems wait in `registry_imports`.
 */
import { createHash } from 'node:crypto';
import { insertRegistryImport, listVillages, teamsForImport } from '@hgcs/db';
import {
  DomainError,
  detectEvidenceType,
  headerSearchRows,
  maxImportRows,
  parseMediatorList,
  todayInVietnam,
} from '@hgcs/domain';
import { readSheetRows } from '@hgcs/reports';
import type { Context } from '../context.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { checkOfficePackage } from '../work-item/check-office-package.ts';

/** The largest list accepted: 2 MB (5,000 rows of a commune's list weigh well under 1 MB). */
export const maxImportBytes = 2 * 1024 * 1024;

export async function previewImport(
  ctx: Context,
  readUpload: () => Promise<Uint8Array | null>,
): Promise<{ id: string }> {
  const { user, scope } = await authorizeScopeAudited(ctx, 'mediator.manage', 'files.registry-import');
  const bytes = await readUpload();
  if (!bytes || bytes.length === 0)
    throw new DomainError('INPUT.INVALID', {}, [{ path: 'file', code: 'field.IMPORT_FILE_REQUIRED', params: {} }]);
  if (bytes.length > maxImportBytes) throw new DomainError('IMPORT.TOO_LARGE', { maxMb: maxImportBytes / 1024 / 1024 });
  if (detectEvidenceType(bytes)?.extension !== 'xlsx') throw new DomainError('IMPORT.NOT_XLSX');
  await checkOfficePackage(bytes);
  const rows = await readSheetRows(bytes, maxImportRows + headerSearchRows).catch(() => {
    throw new DomainError('IMPORT.NOT_XLSX');
  });
  const [villages, teams] = await Promise.all([listVillages(ctx.db, scope), teamsForImport(ctx.db, scope)]);
  const parsed = parseMediatorList(rows, {
    villages: villages.map((v) => ({ id: v.id, name: v.name })),
    teams,
    referenceYear: Number(todayInVietnam(ctx.now).slice(0, 4)),
  });
  const rowCount = parsed.headerRow === null ? 0 : parsed.valid.length + new Set(parsed.issues.map((i) => i.row)).size;
  return insertRegistryImport(ctx.db, scope, {
    createdBy: user.userId,
    createdAt: ctx.now,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    rowCount,
    rows: parsed.valid,
    issues: parsed.issues,
  });
}
