/**
 * A commune's own translation of one kiosk text into Bahnar or Jrai (issue 12, point 7). The officer types it in
 * the console beside the Vietnamese; its `{placeholders}` must be exactly the Vietnamese text's, so a translation
 * that drops one (the kiosk would lose a name or a number) or invents one (it would show raw braces) is refused,
 * naming the placeholder.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { safeText } from '../text/safe-text.ts';

/** The languages a commune translates the kiosk into: Bahnar and Jrai (Vietnamese and English are compiled in). */
export const kioskTranslationLangs = ['bdq', 'jra'] as const;
export type KioskTranslationLang = (typeof kioskTranslationLangs)[number];

const langSchema = z.enum(kioskTranslationLangs, { message: 'field.KIOSK_LANG' });
const keySchema = z.string().regex(/^[A-Za-z0-9_.]{1,100}$/, 'field.KIOSK_TEXT_KEY');

export const kioskTranslationSaveSchema = z
  .object({
    lang: langSchema,
    key: keySchema,
    /** The translation (trimmed, NFC); an empty text removes it (the kiosk reads the Vietnamese again). */
    text: safeText(1000, { tooLong: 'field.KIOSK_TRANSLATION_TOO_LONG' }),
  })
  .strict();
export type KioskTranslationSave = z.output<typeof kioskTranslationSaveSchema>;

export const kioskTranslationListSchema = z.object({ lang: langSchema }).strict();
export const kioskTranslationPublicSchema = z
  .object({ commune: z.string().regex(/^\d{5}$/, 'field.COMMUNE_CODE'), lang: langSchema })
  .strict();

/** The `{name}` placeholders of a text, each once, in the order they first appear. */
export function textPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
}

/**
 * Refuses a translation whose placeholders differ from the source's: the first one dropped, else the first one
 * invented, named in the error.
 */
export function checkTranslationPlaceholders(source: string, translation: string): void {
  const wanted = textPlaceholders(source);
  const found = textPlaceholders(translation);
  const dropped = wanted.find((name) => !found.includes(name));
  if (dropped) throw new DomainError('KIOSK.PLACEHOLDER_MISSING', { field: 'text', name: `{${dropped}}` });
  const invented = found.find((name) => !wanted.includes(name));
  if (invented) throw new DomainError('KIOSK.PLACEHOLDER_UNKNOWN', { field: 'text', name: `{${invented}}` });
}
