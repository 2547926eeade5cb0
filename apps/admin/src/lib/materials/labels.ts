/** The catalogue's words for a material's kind and language. */
import type { MessageKey } from '@hgcs/i18n';

export const materialKindKey: Record<string, MessageKey> = {
  document: 'materials.kindDocument',
  video: 'materials.kindVideo',
};
export const materialLanguageKey: Record<string, MessageKey> = {
  vi: 'materials.langVi',
  jra: 'materials.langJra',
  bdq: 'materials.langBdq',
  en: 'materials.langEn',
  other: 'materials.langOther',
};
