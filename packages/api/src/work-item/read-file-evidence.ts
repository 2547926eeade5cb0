/**
 * Reads an evidence file for a user of its commune who may read the plan; anything else is "not found". A denial
 * and every download are audited.
 */
import { getEvidence } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { auditDownload } from '../audit-download.ts';
import type { EvidenceStore } from './evidence-store.ts';

export async function readFileEvidence(ctx: Context, store: EvidenceStore, evidenceId: string) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'plan.read', 'files.evidence');
  if (!z.string().uuid().safeParse(evidenceId).success) throw new DomainError('RESOURCE.NOT_FOUND');
  const row = await getEvidence(ctx.db, scope, evidenceId);
  if (!row || row.kind !== 'file' || !row.storageKey) throw new DomainError('RESOURCE.NOT_FOUND');
  const extension =
    { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[row.mediaType ?? ''] ??
    (row.mediaType?.includes('word') ? 'docx' : 'xlsx');
  const base =
    row.label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'minh-chung';
  const bytes = await store.get(row.storageKey);
  await auditDownload(
    { ...ctx, user, scope },
    {
      action: 'evidence.download',
      objectType: 'evidence',
      objectId: row.id,
      after: { workItemId: row.workItemId, mediaType: row.mediaType, size: bytes.length },
    },
  );
  return { bytes, mediaType: row.mediaType ?? 'application/octet-stream', fileName: `${base}.${extension}` };
}
