/**
 * The province's resolutions (schema/province-norms.ts): all of a province's, newest day first, and setting one
 * (same province, kind and day → replaced). Every commune of the province records the change in its audit chain, as
 * the amounts apply to its claims and budget.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client.ts';
import { auditLog } from '../schema/audit.ts';
import { communes } from '../schema/commune.ts';
import { provinceNorms, type provinceNormKindValues } from '../schema/province-norms.ts';
import { redactAudit } from './redact-audit.ts';

export type ProvinceNormKind = (typeof provinceNormKindValues)[number];
export type ProvinceNormRow = typeof provinceNorms.$inferSelect;

/** A province's resolutions of a kind (or both), the latest day first. */
export function provinceNormsOf(db: DbOrTx, provinceCode: string, kind?: ProvinceNormKind) {
  return db
    .select()
    .from(provinceNorms)
    .where(
      kind
        ? and(eq(provinceNorms.provinceCode, provinceCode), eq(provinceNorms.kind, kind))
        : eq(provinceNorms.provinceCode, provinceCode),
    )
    .orderBy(desc(provinceNorms.effectiveFrom), provinceNorms.kind);
}

/** The resolutions of a kind in force for a commune's province (through the commune's row). */
export async function provinceNormsOfCommune(db: DbOrTx, communeId: number, kind: ProvinceNormKind) {
  const [commune] = await db.select({ code: communes.provinceCode }).from(communes).where(eq(communes.id, communeId));
  return commune ? provinceNormsOf(db, commune.code, kind) : [];
}

/** Sets a resolution (upsert by province, kind and day); returns the row and the one it replaced, if any. */
export async function upsertProvinceNorms(
  tx: Tx,
  row: {
    provinceCode: string;
    kind: ProvinceNormKind;
    resolution: string;
    effectiveFrom: string;
    caps: Record<string, number>;
    createdBy: string;
    updatedAt: Date;
  },
): Promise<{ row: ProvinceNormRow; before: ProvinceNormRow | undefined }> {
  const [before] = await tx
    .select()
    .from(provinceNorms)
    .where(
      and(
        eq(provinceNorms.provinceCode, row.provinceCode),
        eq(provinceNorms.kind, row.kind),
        eq(provinceNorms.effectiveFrom, row.effectiveFrom),
      ),
    )
    .for('update');
  const [saved] = await tx
    .insert(provinceNorms)
    .values(row)
    .onConflictDoUpdate({
      target: [provinceNorms.provinceCode, provinceNorms.kind, provinceNorms.effectiveFrom],
      set: { resolution: row.resolution, caps: row.caps, createdBy: row.createdBy, updatedAt: row.updatedAt },
    })
    .returning();
  if (!saved) throw new Error('province_norms: upsert returned no row');
  return { row: saved, before };
}

/** Writes one audit row in the chain of every commune of the province (a province-level change that applies to each). */
export async function auditInProvince(
  tx: Tx,
  provinceCode: string,
  actor: { userId: string; requestId: string },
  entry: { action: string; objectType: string; objectId: string; before?: unknown; after?: unknown },
): Promise<number[]> {
  const ids = (await tx.select({ id: communes.id }).from(communes).where(eq(communes.provinceCode, provinceCode))).map(
    (c) => c.id,
  );
  const { before, after } = redactAudit(entry.before, entry.after);
  for (const communeId of ids)
    await tx.insert(auditLog).values({
      communeId,
      actorUserId: actor.userId,
      requestId: actor.requestId,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      before,
      after,
    });
  return ids;
}
