/**
 * The commune's own Bahnar and Jrai texts over the compiled catalogue (issue 12, point 7). The officer enters them
 * in the console; the kiosk fetches its commune's texts of a language once, when the visitor picks it (one small
 * request, kept for the page's life), and every `m['<key>']` call in the kiosk's code reads the commune's text
 * first: the build rewrites `m['<key>']` into `overlaid('<key>', m['<key>'])` (vite.config.ts, commune-texts-plugin.ts),
 * so screens keep their plain message calls. A text the commune has not translated falls back to Vietnamese (the
 * compiled catalogue), and LangPicker says so.
 */
import type { Lang } from '@hgcs/i18n';
import { kioskCommune, query } from './api.ts';

type Loaded = { texts: Record<string, string>; recordings: Record<string, string>; missing: number };
type Options = { locale?: Lang };
type Message = (inputs?: never, options?: Options) => string;

/** The loaded texts per language (reactive: a screen re-renders when its language's texts arrive). */
export const communeTexts = $state<Partial<Record<Lang, Loaded>>>({});
const pending = new Map<Lang, Promise<void>>();

/** Fetches the commune's texts of Bahnar or Jrai once; a failure is retried the next time the language is picked. */
export function loadCommuneTexts(lang: Lang, fetcher: typeof fetch = fetch): Promise<void> {
  if (lang !== 'bdq' && lang !== 'jra') return Promise.resolve();
  let load = pending.get(lang);
  if (!load) {
    load = kioskCommune(fetcher)
      .then((commune) => query<Loaded>('kioskText.public', { commune, lang }, fetcher))
      .then((loaded) => {
        communeTexts[lang] = loaded;
      })
      .catch(() => {
        pending.delete(lang); // offline: the compiled (Vietnamese) texts stay; ask again next time
      });
    pending.set(lang, load);
  }
  return load;
}

/** A text's `{placeholders}` filled from the call's inputs. */
function fill(text: string, inputs: Record<string, unknown>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in inputs ? String(inputs[name]) : whole));
}

/** The commune's text of `key` in the call's language when it has one, else the compiled message. */
export function overlaid<F extends Message>(key: string, message: F): F {
  return ((inputs: Record<string, unknown> = {}, options: Options = {}) => {
    const own = options.locale ? communeTexts[options.locale]?.texts[key] : undefined;
    return own === undefined ? message(inputs as never, options) : fill(own, inputs);
  }) as F;
}
