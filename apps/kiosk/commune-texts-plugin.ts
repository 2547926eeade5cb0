/**
 * Build step for the commune's own texts (src/lib/commune-texts.svelte.ts): in the kiosk's sources, every
 * `m['key']` becomes `overlaid('key', m['key'])`, and the file that imports `m` imports `overlaid` beside it. The
 * screens keep their plain, typed message calls; only literal keys are overlaid (a key built at run time reads the
 * compiled catalogue).
 */
import type { Plugin } from 'vite';

const importM = "import { m } from '@hgcs/i18n/messages';";
const importOverlaid = "import { overlaid as __overlaid } from '#lib/commune-texts.svelte.ts';";

/** The source with its literal message calls overlaid, or null when it names no message. */
export function overlayMessages(code: string): string | null {
  if (!code.includes(importM)) return null;
  return code
    .replace(importM, `${importM} ${importOverlaid}`)
    .replace(/\bm\['([\w.]+)'\]/g, (_, key: string) => `__overlaid('${key}', m['${key}'])`);
}

export function communeTextsPlugin(): Plugin {
  return {
    name: 'kiosk-commune-texts',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/apps\/kiosk\/src\/.*\.(svelte|ts)$/.test(id.split('?')[0]!) || id.includes('commune-texts')) return null;
      const out = overlayMessages(code);
      return out === null ? null : { code: out, map: null };
    },
  };
}
