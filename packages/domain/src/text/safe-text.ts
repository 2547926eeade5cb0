/**
 * The one schema for free text a user types and the product stores (IV-01): NFC-normalised (some Vietnamese
 * keyboards send NFD), line breaks unified to \n, trimmed, then refused with a message key (`field.TEXT_*`, texts in @hgcs/i18n) when it
 * holds what no person types and what breaks storage or display — NUL and other control characters (only \n and
 * \t in multi-line text), bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069, "Trojan Source"), unpaired
 * surrogates (not valid Unicode: PostgreSQL and JSON cannot keep them) and noncharacters.
 */
import { z } from 'zod';

/** C0 controls, DEL and C1 controls, except tab and line feed (allowed only in multi-line text). */
const controlExceptTabAndNewline = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
const anyControl = /[\u0000-\u001F\u007F-\u009F]/u;
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/u;
const nonCharacter = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/u;

export const safeTextMessages = {
  encoding: 'field.TEXT_ENCODING',
  control: 'field.TEXT_CONTROL',
  controlSingleLine: 'field.TEXT_SINGLE_LINE',
  bidi: 'field.TEXT_BIDI',
} as const;

/** A message key of the catalogue for a field's error (`field.NOTES_TOO_LONG`); the edge renders it. */
export type FieldMessageKey = `field.${string}`;

/** Options of {@link safeText}: a minimum length, whether line breaks are allowed, and the two length message keys. */
export type SafeTextOptions = {
  min?: number;
  multiline?: boolean;
  tooShort?: FieldMessageKey;
  tooLong?: FieldMessageKey;
};

/**
 * A stored free-text field of at most `max` characters (after normalising and trimming).
 * @example notes: safeText(4000, { multiline: true, tooLong: 'field.NOTES_TOO_LONG' }).nullable().optional()
 */
export function safeText(
  max: number,
  { min = 0, multiline = false, tooShort = 'field.TOO_SHORT', tooLong = 'field.TOO_LONG' }: SafeTextOptions = {},
) {
  return z
    .string()
    .refine((s) => s.isWellFormed(), { message: safeTextMessages.encoding, abort: true })
    .overwrite((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((s) => !(multiline ? controlExceptTabAndNewline : anyControl).test(s), {
      message: multiline ? safeTextMessages.control : safeTextMessages.controlSingleLine,
      abort: true,
    })
    .refine((s) => !bidiControl.test(s) && !nonCharacter.test(s), { message: safeTextMessages.bidi, abort: true })
    .min(min, tooShort)
    .max(max, tooLong);
}
