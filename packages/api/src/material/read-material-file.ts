/**
 * Downloads an item's uploaded file. Signed in: any item of the user's commune for a holder of `material.read`,
 * every download audited (`material.download`). Without a session (the kiosk and the portal): a public item of the
 * named commune only — an internal item, another commune's, or none answers "not found", the same for each.
 */
import { getMaterial, getPublicMaterial } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { auditDownload } from '../audit-download.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import type { EvidenceStore } from '../work-item/evidence-store.ts';

const extensions: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
};

type Row = { id: string; title: string; fileMediaType: string | null; fileKey: string | null };

async function fileOf(store: EvidenceStore, row: Row | undefined) {
  if (!row || !row.fileKey || !row.fileMediaType) throw new DomainError('RESOURCE.NOT_FOUND');
  const base =
    row.title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'tai-lieu';
  const bytes = await store.get(row.fileKey);
  return { bytes, mediaType: row.fileMediaType, fileName: `${base}.${extensions[row.fileMediaType] ?? 'bin'}` };
}

/** A signed-in user's download of an item of their commune (audited). */
export async function readMaterialFile(ctx: Context, store: EvidenceStore, materialId: string) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'material.read', 'files.material');
  if (!z.string().uuid().safeParse(materialId).success) throw new DomainError('RESOURCE.NOT_FOUND');
  const file = await fileOf(store, await getMaterial(ctx.db, scope, materialId));
  await auditDownload(
    { ...ctx, user, scope },
    {
      action: 'material.download',
      objectType: 'material',
      objectId: materialId,
      after: { mediaType: file.mediaType, size: file.bytes.length },
    },
  );
  return file;
}

/** A citizen's download of a public item of a commune (no session, nothing personal, not audited). */
export async function readPublicMaterialFile(ctx: Context, store: EvidenceStore, commune: string, materialId: string) {
  if (!/^\d{5}$/.test(commune) || !z.string().uuid().safeParse(materialId).success)
    throw new DomainError('RESOURCE.NOT_FOUND');
  return fileOf(store, await getPublicMaterial(ctx.db, Number(commune), materialId));
}
