/**
 * Uploads a file for an item of the materials library (issue 13 point 3): the caller is authorized first (session,
 * `material.manage`, the commune's item), only then is the upload read; the size (≤ 10 MB) and the type by its bytes
 * (PDF, DOCX, JPEG, PNG, WebP, MP4, WebM — `detectMaterialType`; a DOCX also by what it unpacks to) are checked. The
 * bytes are staged under a random key, the row and its audit written in one transaction, then the file moved into
 * place (removed if the transaction fails). A new upload replaces the item's file.
 */
import { createHash, randomUUID } from 'node:crypto';
import { getMaterial, setMaterialFile, withAudit } from '@hgcs/db';
import { DomainError, detectMaterialType, maxMaterialFileBytes } from '@hgcs/domain';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { checkOfficePackage } from '../work-item/check-office-package.ts';
import type { EvidenceStore } from '../work-item/evidence-store.ts';

export async function addMaterialFile(
  ctx: Context,
  store: EvidenceStore,
  materialId: string,
  readUpload: () => Promise<Uint8Array | null>,
) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'material.manage', 'files.material-upload');
  if (!z.string().uuid().safeParse(materialId).success) throw new DomainError('RESOURCE.NOT_FOUND');
  if (!(await getMaterial(ctx.db, scope, materialId))) throw new DomainError('RESOURCE.NOT_FOUND');
  const bytes = await readUpload();
  if (!bytes || bytes.length === 0)
    throw new DomainError('INPUT.INVALID', {}, [{ path: 'file', code: 'field.MATERIAL_FILE_REQUIRED', params: {} }]);
  if (bytes.length > maxMaterialFileBytes) throw new DomainError('MATERIAL.FILE_TOO_LARGE', { field: 'file' });
  const type = detectMaterialType(bytes);
  if (!type) throw new DomainError('MATERIAL.FILE_TYPE', { field: 'file' });
  if (type.extension === 'docx') await checkOfficePackage(bytes);
  const key = `${scope.communeId}/${randomUUID()}`;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const staged = await store.stage(key, bytes);
  try {
    await withAudit(
      ctx.db,
      { communeId: scope.communeId, userId: user.userId, requestId: ctx.requestId },
      async (tx, audit) => {
        if (!(await getMaterial(tx, scope, materialId, true))) throw new DomainError('RESOURCE.NOT_FOUND');
        await setMaterialFile(tx, scope, materialId, {
          mediaType: type.mediaType,
          size: bytes.length,
          sha256,
          key,
          at: ctx.now,
        });
        await audit({
          action: 'material.file',
          objectType: 'material',
          objectId: materialId,
          after: { mediaType: type.mediaType, size: bytes.length, sha256 },
        });
      },
    );
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await staged.commit();
  return { id: materialId, mediaType: type.mediaType, size: bytes.length };
}
