/**
 * Domain errors and field errors arrive from the API as a code and parameters (docs/decisions.md 17); the edge
 * renders them here, in the user's language. An unknown code (a newer API) still reads as a sentence.
 */
import { isMessageKey, translator, type Lang, type Params } from './index.ts';

/** A field's error as the API sends it: a catalogue key of `field.*` or `error.*`, with its parameters. */
export type FieldError = { code: string; params?: Params };

/** The user message of a domain error code (`AUTH.LOCKED`) with its parameters filled. */
export function errorText(lang: Lang, code: string | undefined, params: Params = {}): string {
  const t = translator(lang);
  const key = `error.${code ?? ''}`;
  return isMessageKey(key) ? t(key, moneyGrouped(lang, params)) : t('error.unknown', { code: code ?? '?' });
}

/** Amounts of money (`amount`, `cap`, `…Vnd`) with thousands grouped as the language writes them: 1.500.000 in Vietnamese. */
const moneyParam = /^(amount|cap)$|Vnd$/;
function moneyGrouped(lang: Lang, params: Params): Params {
  const format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 });
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && moneyParam.test(k) ? format.format(v) : v]),
  );
}

/** A located detail of an error (a data file's problem) as the API and the domain send it. */
export type ErrorDetailText = { line?: number; path: string; code: string; params?: Params };

/** An error's text followed by its details, one line each ("dòng 42: plan.groups[1] — …"), for a terminal or a page. */
export function errorLines(
  lang: Lang,
  error: { code: string; params?: Params; details?: readonly ErrorDetailText[] },
): string[] {
  const t = translator(lang);
  const details = (error.details ?? []).map((d) =>
    d.line === undefined
      ? fieldErrorText(lang, d)
      : t('error.detailAtLine', { line: d.line, path: d.path || '—', text: fieldErrorText(lang, d) }),
  );
  return [errorText(lang, error.code, error.params), ...details];
}

/** A code's text for an operator's terminal: Vietnamese / English on one line. */
export function operatorText(code: string, params: Params = {}): string {
  return `${errorText('vi', code, params)} / ${errorText('en', code, params)}`;
}

/** The message of one field error (`field.REQUIRED`, `field.TOO_LONG` {max}, or a domain code's `error.*`). */
export function fieldErrorText(lang: Lang, error: FieldError): string {
  const t = translator(lang);
  return isMessageKey(error.code) ? t(error.code, error.params) : t('field.INVALID');
}
