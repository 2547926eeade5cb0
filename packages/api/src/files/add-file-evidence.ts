/**
 * Attaches a file as evidence of a work item: checks the caller may contribute (lead or coordinating agency, year
 * not signed off), the size (≤ 10 MB) and the type by content (PDF, DOCX, XLSX, JPEG, PNG); stores the bytes
 * first, then records the row and its audit in one transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { insertEvidence, withAudit } from '@hgcs/db';
import { DomainError, detectEvidenceType, maxEvidenceBytes } from '@hgcs/domain';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { authorize } from '../procedures.ts';
import { assertCanContribute, loadItem } from '../work-items/load-item.ts';
import type { EvidenceStore } from './evidence-store.ts';

const labelSchema = z.string().trim().min(2, 'Vui lòng ghi tên minh chứng').max(200, 'Tên minh chứng quá dài');

export async function addFileEvidence(ctx: Context, store: EvidenceStore, workItemId: string, upload: { label: unknown; bytes: Uint8Array | null }) {
  const user = authorize(ctx.user, 'plan.comment');
  if (!z.string().uuid().safeParse(workItemId).success) throw new DomainError('RESOURCE.NOT_FOUND');
  if (!upload.bytes || upload.bytes.length === 0) throw new DomainError('INPUT.INVALID', { detail: 'vui lòng chọn tệp minh chứng' });
  const label = labelSchema.safeParse(upload.label);
  if (!label.success) throw new DomainError('INPUT.INVALID', { detail: label.error.issues[0]!.message });
  const { item, rights } = await loadItem(ctx.db, user, workItemId);
  assertCanContribute(item, rights);
  const bytes = upload.bytes;
  if (bytes.length > maxEvidenceBytes) throw new DomainError('EVIDENCE.TOO_LARGE');
  const type = detectEvidenceType(bytes);
  if (!type) throw new DomainError('EVIDENCE.TYPE');
  const storageKey = `${user.communeId}/${randomUUID()}`;
  await store.put(storageKey, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return withAudit(ctx.db, { communeId: user.communeId, userId: user.userId, requestId: ctx.requestId }, async (tx, audit) => {
    const row = await insertEvidence(tx, {
      communeId: user.communeId, workItemId: item.id, kind: 'file', label: label.data, mediaType: type.mediaType, size: bytes.length, sha256, storageKey, addedBy: user.userId,
    });
    await audit({ action: 'work_item.evidence_file', objectType: 'work_item', objectId: item.id, after: { evidenceId: row.id, label: label.data, mediaType: type.mediaType, size: bytes.length, sha256 } });
    return { id: row.id, extension: type.extension };
  });
}
