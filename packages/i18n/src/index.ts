/**
 * @hgcs/i18n — the product's one message catalogue (paraglide-js 2). The texts live in `messages/<locale>.json`
 * (Vietnamese `vi.json` is the source; `en.json`; Bahnar `bdq.json` and Jrai `jra.json` are slots that fall back
 * to Vietnamese); `pnpm --filter @hgcs/i18n build` compiles them into typed, tree-shakable functions in
 * `src/paraglide/`. The console uses `translator(lang)`; the kiosk imports single messages from
 * `@hgcs/i18n/messages` so that only the texts it shows reach its bundle.
 */
import * as m from './paraglide/messages.js';
import { baseLocale, locales } from './paraglide/runtime.js';

/** Every language of the catalogue: Vietnamese first, English, then Bahnar and Jrai (falling back to Vietnamese). */
export const languages = locales;
export type Lang = (typeof locales)[number];
/** A key of the catalogue, e.g. `nav.plan`, `error.AUTH.LOCKED`, `field.REQUIRED`. */
export type MessageKey = keyof typeof m;
/** Values for a text's `{placeholders}`. */
export type Params = Readonly<Record<string, string | number>>;

/** The language a cookie, header or setting names; Vietnamese when it names none of ours. */
export function toLang(value: string | null | undefined): Lang {
  return (locales as readonly string[]).includes(value ?? '') ? (value as Lang) : baseLocale;
}

/** True when a string is a key of the catalogue (an error code from the API may be newer than this build). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(m, key);
}

/**
 * A translator for one language: `t('nav.plan')`, `t('dashboard.daysLate', { days: 3 })`. A text missing in a
 * language falls back to Vietnamese (compiled in by paraglide).
 */
export function translator(lang: Lang): (key: MessageKey, params?: Params) => string {
  return (key, params = {}) =>
    (m[key] as (inputs: Params, options: { locale: Lang }) => string)(params, { locale: lang });
}

export { m };
export {
  errorLines,
  errorText,
  fieldErrorText,
  operatorText,
  type ErrorDetailText,
  type FieldError,
} from './error-text.ts';
export { auditActionLabel, auditObjectLabel } from './audit-actions.ts';
