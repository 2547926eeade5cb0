/**
 * The kiosk's texts (issue 12, points 6–7): the catalogue's keys the kiosk shows — every `kiosk.*` and
 * `error.KIOSK.*` key and the shared texts below — each with its Vietnamese source. The console lists them for the
 * commune's Bahnar and Jrai translations, the API refuses a translation of any other key, and the kiosk's audio
 * script reads them aloud. kiosk-texts.test.ts checks that every text the kiosk's code names is here.
 */
import vi from '../messages/vi.json' with { type: 'json' };

/** Texts outside `kiosk.*` the kiosk shows too. */
const shared = [
  'app.name',
  'app.commune',
  'error.CERTIFICATE.NOT_FOUND',
  'error.RATE.LIMITED',
  'error.generic',
  'error.goHome',
  'error.title',
  'field.CERTIFICATE_CODE',
  'field.FULL_NAME_TOO_LONG',
  'field.FULL_NAME_TOO_SHORT',
  'field.KIOSK_CONTACT',
  'field.PHONE',
  'field.RECEIPT_FACTOR',
  'field.TRACKING_CODE',
  'lang.label',
  'lang.name.vi',
  'lang.name.en',
  'lang.name.bdq',
  'lang.name.jra',
  'materials.kindDocument',
  'materials.langVi',
  'materials.langBdq',
  'materials.langJra',
  'materials.langEn',
  'materials.langOther',
  'materials.kindVideo',
  'materials.searchButton',
  'notFound.body',
  'notFound.title',
];

const source = vi as Record<string, string>;

/** Every kiosk text, key → Vietnamese, in the catalogue's order. */
export const kioskTexts: ReadonlyMap<string, string> = new Map(
  Object.entries(source).filter(
    ([key]) => key.startsWith('kiosk.') || key.startsWith('error.KIOSK.') || shared.includes(key),
  ),
);
