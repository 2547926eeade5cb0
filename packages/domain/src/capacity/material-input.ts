/**
 * What the console sends for an item of the materials library (tài liệu, video phục vụ hòa giải — Law 35/2013
 * Art. 9.4 "given materials"; plan task 5b; Decision 315/QĐ-TTg): a title, a short description, its kind (a
 * document or a video), tags, the language it is in, whether citizens may see it (public: the kiosk and the portal
 * list it) and where it is (an https address). A search is a few words, matched without diacritics.
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';

export const materialKinds = ['document', 'video'] as const;
export type MaterialKind = (typeof materialKinds)[number];
/** The languages of the commune's materials: Vietnamese, Jrai, Bahnar (ISO 639-3), English, another one. */
export const materialLanguages = ['vi', 'jra', 'bdq', 'en', 'other'] as const;
export type MaterialLanguage = (typeof materialLanguages)[number];
export const materialVisibilities = ['public', 'internal'] as const;

const tagSchema = safeText(40, { min: 2, tooShort: 'field.MATERIAL_TAG', tooLong: 'field.MATERIAL_TAG' });

const materialFields = {
  title: safeText(300, { min: 3, tooShort: 'field.MATERIAL_TITLE', tooLong: 'field.TOO_LONG' }),
  description: safeText(2000, { multiline: true, tooLong: 'field.TOO_LONG' }).default(''),
  kind: z.enum(materialKinds, { message: 'field.MATERIAL_KIND' }),
  /** Tags, each kept once (case and spacing as first typed); at most 12. */
  tags: z
    .array(tagSchema)
    .max(12, 'field.MATERIAL_TAGS_MAX')
    .default([])
    .transform((tags) =>
      tags.filter((t, i) => tags.findIndex((u) => u.toLocaleLowerCase('vi') === t.toLocaleLowerCase('vi')) === i),
    ),
  language: z.enum(materialLanguages, { message: 'field.MATERIAL_LANGUAGE' }).default('vi'),
  visibility: z.enum(materialVisibilities, { message: 'field.MATERIAL_VISIBILITY' }),
  url: safeText(2000).refine((u) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(u), 'field.MATERIAL_URL'),
};

/** A new item; `clientKey` makes a retried submission return the first item instead of a second one. */
export const materialCreateSchema = z
  .object({ ...materialFields, clientKey: z.string().uuid('field.CLIENT_KEY') })
  .strict();
export type MaterialCreate = z.infer<typeof materialCreateSchema>;

/** An item's new values (all of them). */
export const materialUpdateSchema = z.object({ id: z.string().uuid('field.MATERIAL_ID'), ...materialFields }).strict();
export type MaterialUpdate = z.infer<typeof materialUpdateSchema>;

/** A search of the library: words (matched without diacritics, each as a word's beginning), kind, language. */
export const materialSearchSchema = z
  .object({
    q: safeText(200, { tooLong: 'field.TOO_LONG' }).default(''),
    kind: z.enum(materialKinds, { message: 'field.MATERIAL_KIND' }).nullable().default(null),
    language: z.enum(materialLanguages, { message: 'field.MATERIAL_LANGUAGE' }).nullable().default(null),
  })
  .strict();
export type MaterialSearch = z.infer<typeof materialSearchSchema>;

/**
 * The words of a search as PostgreSQL's tsquery prefix terms ("hòa giải đất" → ["hòa", "giải", "đất"]): letters and
 * digits only (anything else separates words), at most 8 words; the database folds diacritics.
 */
export function materialSearchWords(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}
