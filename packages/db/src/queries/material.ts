/**
 * The materials library (schema/material.ts): an item by id or by the console's submission key, inserting and
 * changing one, and the search — each word a prefix term of a 'simple' tsquery folded like the stored vector
 * (`hgcs_search_text`), served by the GIN index; the public items of a commune for the kiosk and the portal. And the
 * mediators' access to the ministry's material set as the training records show it (Decision 315/QĐ-TTg).
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, asc, desc, eq, max, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { materials } from '../schema/material.ts';
import { trainingAttendance, trainingEvents } from '../schema/training.ts';

const columns = {
  id: materials.id,
  title: materials.title,
  description: materials.description,
  kind: materials.kind,
  tags: materials.tags,
  language: materials.language,
  visibility: materials.visibility,
  url: materials.url,
  fileMediaType: materials.fileMediaType,
  fileSize: materials.fileSize,
  fileKey: materials.fileKey,
  updatedAt: materials.updatedAt,
};

export type MaterialValues = {
  title: string;
  description: string;
  kind: (typeof materials.$inferInsert)['kind'];
  tags: string[];
  language: (typeof materials.$inferInsert)['language'];
  visibility: (typeof materials.$inferInsert)['visibility'];
  url: string;
};

/** One item of the commune (locked for a change when `lock`). */
export async function getMaterial(db: DbOrTx, scope: CommuneLevelScope, id: string, lock = false) {
  const query = db
    .select(columns)
    .from(materials)
    .where(and(scopeWhere(scope, { communeId: materials.communeId }), eq(materials.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The item a console submission created, by its key. */
export async function materialByClientKey(db: DbOrTx, scope: CommuneLevelScope, clientKey: string) {
  const [row] = await db
    .select({ id: materials.id })
    .from(materials)
    .where(and(eq(materials.communeId, scope.communeId), eq(materials.clientKey, clientKey)));
  return row;
}

/** Inserts an item; undefined when its client key was already used (a retry). */
export async function insertMaterial(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: MaterialValues & { clientKey: string; createdBy: string; at: Date },
) {
  const { at, ...rest } = values;
  const [row] = await db
    .insert(materials)
    .values({ ...rest, communeId: scope.communeId, createdAt: at, updatedAt: at })
    .onConflictDoNothing({ target: [materials.communeId, materials.clientKey] })
    .returning({ id: materials.id });
  return row;
}

/** Changes an item's values. */
export async function updateMaterial(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  values: MaterialValues & { at: Date },
) {
  const { at, ...rest } = values;
  await db
    .update(materials)
    .set({ ...rest, updatedAt: at })
    .where(and(eq(materials.communeId, scope.communeId), eq(materials.id, id)));
}

export type MaterialFilter = {
  /** Words of the search, letters and digits only (the domain's `materialSearchWords`); none lists everything. */
  words: readonly string[];
  kind: MaterialValues['kind'] | null;
  language: MaterialValues['language'] | null;
  publicOnly: boolean;
};

/** The most a search answers (the library of a commune is small; a search narrows it). */
export const materialSearchLimit = 200;

/** A commune's items matching every word (as a word's beginning, without diacritics): best match first, then by title. */
export function searchMaterials(db: DbOrTx, communeId: number, filter: MaterialFilter) {
  const query =
    filter.words.length > 0
      ? sql`to_tsquery('pg_catalog.simple', hgcs_search_text(${filter.words.map((w) => `${w}:*`).join(' & ')}))`
      : null;
  return db
    .select(columns)
    .from(materials)
    .where(
      and(
        eq(materials.communeId, communeId),
        query ? sql`${materials.searchVector} @@ ${query}` : undefined,
        filter.kind ? eq(materials.kind, filter.kind) : undefined,
        filter.language ? eq(materials.language, filter.language) : undefined,
        filter.publicOnly ? eq(materials.visibility, 'public') : undefined,
      ),
    )
    .orderBy(
      ...(query ? [desc(sql`ts_rank(${materials.searchVector}, ${query})`)] : []),
      asc(materials.title),
      asc(materials.id),
    )
    .limit(materialSearchLimit);
}

/**
 * Each mediator's access to the ministry's material set as training records it: attending a day of an event that
 * used the set (`uses_material_set`) gave the set (first such day) and used it (latest such day), up to `asOf`.
 */
export function materialSetUseFromTraining(db: DbOrTx, scope: CommuneLevelScope, asOf: string) {
  return db
    .select({
      mediatorId: trainingAttendance.mediatorId,
      grantedOn: min(trainingAttendance.attendedOn),
      lastUsedOn: max(trainingAttendance.attendedOn),
    })
    .from(trainingAttendance)
    .innerJoin(
      trainingEvents,
      and(
        eq(trainingEvents.communeId, trainingAttendance.communeId),
        eq(trainingEvents.id, trainingAttendance.eventId),
      ),
    )
    .where(
      and(
        scopeWhere(scope, { communeId: trainingAttendance.communeId }),
        eq(trainingEvents.usesMaterialSet, true),
        sql`${trainingAttendance.attendedOn} <= ${asOf}`,
      ),
    )
    .groupBy(trainingAttendance.mediatorId);
}

/** Sets (or replaces) an item's uploaded file; returns the key of the file it replaced, if any. */
export async function setMaterialFile(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  file: { mediaType: string; size: number; sha256: string; key: string; at: Date },
) {
  await db
    .update(materials)
    .set({
      fileMediaType: file.mediaType,
      fileSize: file.size,
      fileSha256: file.sha256,
      fileKey: file.key,
      updatedAt: file.at,
    })
    .where(and(eq(materials.communeId, scope.communeId), eq(materials.id, id)));
}

/** A public item of a commune (for citizens, without a session); undefined when absent or internal. */
export async function getPublicMaterial(db: DbOrTx, communeId: number, id: string) {
  const [row] = await db
    .select(columns)
    .from(materials)
    .where(and(eq(materials.communeId, communeId), eq(materials.id, id), eq(materials.visibility, 'public')));
  return row;
}
