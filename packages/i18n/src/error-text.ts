/**
 * Domain errors and field errors arrive from the API as a code and parameters (docs/decisions.md 10); the edge
 * renders them here, in the user's language. An unknown code (a newer API) still reads as a sentence.
 */
import { isMessageKey, translator, type Lang, type Params } from './index.ts';

/** A field's error as the API sends it: a catalogue key of `field.*` or `error.*`, with its parameters. */
export type FieldError = { code: string; params?: Params };

/** The user message of a domain error code (`AUTH.LOCKED`) with its parameters filled. */
export function errorText(lang: Lang, code: string | undefined, params: Params = {}): string {
  const t = translator(lang);
  const key = `error.${code ?? ''}`;
  return isMessageKey(key) ? t(key, params) : t('error.unknown', { code: code ?? '?' });
}

/** The message of one field error (`field.REQUIRED`, `field.TOO_LONG` {max}, or a domain code's `error.*`). */
export function fieldErrorText(lang: Lang, error: FieldError): string {
  const t = translator(lang);
  return isMessageKey(error.code) ? t(error.code, error.params) : t('field.INVALID');
}
