/**
 * Attaches a file as evidence of a work item. The caller is authorized first — session, permission, commune and
 * the item (lead or coordinating agency, year not signed off) — and only then is the upload read. Then the
 * label, the size (≤ 10 MB), the type by content (PDF, DOCX, XLSX, JPEG, PNG) and, for Office files, what they
 * unpack to. The bytes are written under a temporary name, the row and its audit are recorded in one
 * transaction (which checks again, under the year's lock, that the year was not signed off meanwhile), and the file is moved into place after the commit (removed if the transaction fails).
 */
import { createHash, randomUUID } from 'node:crypto';
import { insertEvidence, withAudit } from '@hgcs/db';
import { DomainError, detectEvidenceType, fieldError, maxEvidenceBytes, safeText } from '@hgcs/domain';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { assertCanContribute, assertYearOpen, loadItem } from './load-item.ts';
import { checkOfficePackage } from './check-office-package.ts';
import type { EvidenceStore } from './evidence-store.ts';

const labelSchema = safeText(200, {
  min: 2,
  tooShort: 'field.EVIDENCE_LABEL_REQUIRED',
  tooLong: 'field.EVIDENCE_LABEL_TOO_LONG',
});

/** An upload as the host read it: the label field and the file's bytes (null when no file was sent). */
export type Upload = { label: unknown; bytes: Uint8Array | null };

export async function addFileEvidence(
  ctx: Context,
  store: EvidenceStore,
  workItemId: string,
  readUpload: () => Promise<Upload>,
) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'plan.comment', 'files.evidence-upload');
  if (!z.string().uuid().safeParse(workItemId).success) throw new DomainError('RESOURCE.NOT_FOUND');
  const { item, rights } = await loadItem({ ...ctx, user, scope }, workItemId);
  assertCanContribute(item, rights);
  const upload = await readUpload();
  if (!upload.bytes || upload.bytes.length === 0)
    throw new DomainError('INPUT.INVALID', {}, [{ path: 'file', code: 'field.EVIDENCE_FILE_REQUIRED', params: {} }]);
  const label = labelSchema.safeParse(upload.label);
  if (!label.success)
    throw new DomainError('INPUT.INVALID', {}, [{ path: 'label', ...fieldError(label.error.issues[0]!) }]);
  const bytes = upload.bytes;
  if (bytes.length > maxEvidenceBytes) throw new DomainError('EVIDENCE.TOO_LARGE');
  const type = detectEvidenceType(bytes);
  if (!type) throw new DomainError('EVIDENCE.TYPE');
  if (type.extension === 'docx' || type.extension === 'xlsx') await checkOfficePackage(bytes);
  const storageKey = `${scope.communeId}/${randomUUID()}`;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const staged = await store.stage(storageKey, bytes);
  let result: { id: string; extension: string };
  try {
    result = await withAudit(
      ctx.db,
      { communeId: scope.communeId, userId: user.userId, requestId: ctx.requestId },
      async (tx, audit) => {
        await assertYearOpen(tx, scope, item);
        const row = await insertEvidence(tx, {
          communeId: scope.communeId,
          workItemId: item.id,
          kind: 'file',
          label: label.data,
          mediaType: type.mediaType,
          size: bytes.length,
          sha256,
          storageKey,
          addedBy: user.userId,
        });
        await audit({
          action: 'work_item.evidence_file',
          objectType: 'work_item',
          objectId: item.id,
          after: { evidenceId: row.id, label: label.data, mediaType: type.mediaType, size: bytes.length, sha256 },
        });
        return { id: row.id, extension: type.extension };
      },
    );
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await staged.commit();
  return result;
}
