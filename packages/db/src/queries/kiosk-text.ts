/**
 * The kiosk's texts in the commune's languages (schema/kiosk-text.ts): the commune's translations and recordings of
 * one language, saving or removing one, and a recording's bytes for the kiosk.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { kioskRecordings, kioskTranslations } from '../schema/kiosk-text.ts';

type Lang = 'bdq' | 'jra';

/** The commune's translations of one language: key → text. */
export async function kioskTranslationsOf(db: DbOrTx, communeId: number, lang: Lang): Promise<Record<string, string>> {
  const rows = await db
    .select({ key: kioskTranslations.textKey, text: kioskTranslations.text })
    .from(kioskTranslations)
    .where(and(eq(kioskTranslations.communeId, communeId), eq(kioskTranslations.lang, lang)));
  return Object.fromEntries(rows.map((r) => [r.key, r.text]));
}

/** One translation (locked for a change), or undefined. */
export async function kioskTranslation(db: DbOrTx, communeId: number, lang: Lang, key: string) {
  const [row] = await db
    .select({ text: kioskTranslations.text })
    .from(kioskTranslations)
    .where(
      and(
        eq(kioskTranslations.communeId, communeId),
        eq(kioskTranslations.lang, lang),
        eq(kioskTranslations.textKey, key),
      ),
    )
    .for('update');
  return row;
}

/** Saves a translation (inserting or replacing the commune's text of that key). */
export async function upsertKioskTranslation(
  db: DbOrTx,
  values: { communeId: number; lang: Lang; key: string; text: string; by: string; at: Date },
) {
  await db
    .insert(kioskTranslations)
    .values({
      communeId: values.communeId,
      lang: values.lang,
      textKey: values.key,
      text: values.text,
      updatedBy: values.by,
      updatedAt: values.at,
    })
    .onConflictDoUpdate({
      target: [kioskTranslations.communeId, kioskTranslations.lang, kioskTranslations.textKey],
      set: { text: values.text, updatedBy: values.by, updatedAt: values.at },
    });
}

/** Removes a translation (the kiosk reads the Vietnamese again). */
export async function deleteKioskTranslation(db: DbOrTx, communeId: number, lang: Lang, key: string) {
  await db
    .delete(kioskTranslations)
    .where(
      and(
        eq(kioskTranslations.communeId, communeId),
        eq(kioskTranslations.lang, lang),
        eq(kioskTranslations.textKey, key),
      ),
    );
}

/** The keys the commune has a recording of, in one language, with each recording's size and hash. */
export async function kioskRecordingsOf(db: DbOrTx, communeId: number, lang: Lang) {
  return db
    .select({ key: kioskRecordings.textKey, size: kioskRecordings.size, sha256: kioskRecordings.sha256 })
    .from(kioskRecordings)
    .where(and(eq(kioskRecordings.communeId, communeId), eq(kioskRecordings.lang, lang)));
}

/** A recording's bytes and type, or undefined. */
export async function kioskRecording(db: DbOrTx, communeId: number, lang: Lang, key: string) {
  const [row] = await db
    .select({ mediaType: kioskRecordings.mediaType, bytes: kioskRecordings.bytes, sha256: kioskRecordings.sha256 })
    .from(kioskRecordings)
    .where(
      and(eq(kioskRecordings.communeId, communeId), eq(kioskRecordings.lang, lang), eq(kioskRecordings.textKey, key)),
    );
  return row;
}

/** Saves a recording (replacing the commune's earlier one of that key); its previous hash, if it had one. */
export async function upsertKioskRecording(
  db: DbOrTx,
  values: {
    communeId: number;
    lang: Lang;
    key: string;
    mediaType: string;
    bytes: Buffer;
    sha256: string;
    by: string;
    at: Date;
  },
) {
  const [row] = await db
    .insert(kioskRecordings)
    .values({
      communeId: values.communeId,
      lang: values.lang,
      textKey: values.key,
      mediaType: values.mediaType,
      size: values.bytes.length,
      sha256: values.sha256,
      bytes: values.bytes,
      updatedBy: values.by,
      updatedAt: values.at,
    })
    .onConflictDoUpdate({
      target: [kioskRecordings.communeId, kioskRecordings.lang, kioskRecordings.textKey],
      set: {
        mediaType: values.mediaType,
        size: values.bytes.length,
        sha256: values.sha256,
        bytes: values.bytes,
        updatedBy: values.by,
        updatedAt: values.at,
      },
    })
    .returning({ id: kioskRecordings.id, inserted: sql<boolean>`(xmax = 0)` });
  return row!;
}
