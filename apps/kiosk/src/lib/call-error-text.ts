/**
 * A refused kiosk write in plain words of the chosen language: the kiosk's own codes, a field's message, the rate
 * limit; anything else (no network, a server fault) says "not sent yet, try again". One named message at a time,
 * for the kiosk's size budget.
 */
import { m } from '@hgcs/i18n/messages';
import type { CallError } from './api.ts';
import { lang } from './text.ts';

const byCode: Record<string, (p: Record<string, string | number>) => string> = {
  'KIOSK.VILLAGE_WITHOUT_TEAM': () => m['error.KIOSK.VILLAGE_WITHOUT_TEAM']({}, lang()),
  'KIOSK.NOTICE_OUTDATED': () => m['error.KIOSK.NOTICE_OUTDATED']({}, lang()),
  'KIOSK.REQUEST_NOT_FOUND': () => m['error.KIOSK.REQUEST_NOT_FOUND']({}, lang()),
  'KIOSK.CHECK_LOCKED': (p) => m['error.KIOSK.CHECK_LOCKED']({ minutes: p.minutes ?? '' }, lang()),
  'RATE.LIMITED': () => m['error.RATE.LIMITED']({}, lang()),
  'KIOSK.DEVICE_UNKNOWN': () => m['error.KIOSK.DEVICE_UNKNOWN']({}, lang()),
  'KIOSK.DEVICE_REVOKED': () => m['error.KIOSK.DEVICE_REVOKED']({}, lang()),
};
const byField: Record<string, () => string> = {
  'field.FULL_NAME_TOO_SHORT': () => m['field.FULL_NAME_TOO_SHORT']({}, lang()),
  'field.FULL_NAME_TOO_LONG': () => m['field.FULL_NAME_TOO_LONG']({}, lang()),
  'field.PHONE': () => m['field.PHONE']({}, lang()),
  'field.KIOSK_CONTACT': () => m['field.KIOSK_CONTACT']({}, lang()),
  'field.TRACKING_CODE': () => m['field.TRACKING_CODE']({}, lang()),
  'field.RECEIPT_FACTOR': () => m['field.RECEIPT_FACTOR']({}, lang()),
};

export function callErrorText(error: CallError): string {
  const word = (error.field && byField[error.field.code]) || byCode[error.code];
  return word ? word(error.params) : m['kiosk.askFailed']({}, lang());
}
