/**
 * The console's list of the kiosk's texts in one language (issue 12, point 7): each key with its Vietnamese, the
 * commune's translation (null when missing: the kiosk shows the Vietnamese) and whether it has a recording.
 */
import { kioskRecordingsOf, kioskTranslationsOf, type DbOrTx } from '@hgcs/db';
import type { CommuneLevelScope, KioskTranslationLang } from '@hgcs/domain';
import { kioskTexts } from '@hgcs/i18n/kiosk-texts';

export async function listTranslations(db: DbOrTx, scope: CommuneLevelScope, lang: KioskTranslationLang) {
  const [translated, recorded] = await Promise.all([
    kioskTranslationsOf(db, scope.communeId, lang),
    kioskRecordingsOf(db, scope.communeId, lang),
  ]);
  const withRecording = new Set(recorded.map((r) => r.key));
  const texts = [...kioskTexts].map(([key, vi]) => ({
    key,
    vi,
    text: translated[key] ?? null,
    recorded: withRecording.has(key),
  }));
  return { lang, texts, missing: texts.filter((t) => t.text === null).length };
}
