/**
 * The kiosk's texts in its commune's Bahnar or Jrai (issue 12, points 6–7), for the kiosk and the portal: the
 * translations (key → text), how many kiosk texts have none (the kiosk says those show in Vietnamese), and the
 * texts that have a recording (key → a short hash of it, so a changed recording gets a new address). No personal
 * data; one small answer per language.
 */
import { kioskRecordingsOf, kioskTranslationsOf, type DbOrTx } from '@hgcs/db';
import type { KioskTranslationLang } from '@hgcs/domain';
import { kioskTexts } from '@hgcs/i18n/kiosk-texts';

export async function publicTranslations(db: DbOrTx, communeId: number, lang: KioskTranslationLang) {
  const [texts, recorded] = await Promise.all([
    kioskTranslationsOf(db, communeId, lang),
    kioskRecordingsOf(db, communeId, lang),
  ]);
  const missing = [...kioskTexts.keys()].filter((key) => texts[key] === undefined).length;
  return { lang, texts, missing, recordings: Object.fromEntries(recorded.map((r) => [r.key, r.sha256.slice(0, 16)])) };
}
