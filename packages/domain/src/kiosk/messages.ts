/**
 * Error codes of the kiosk's requests (issue 12, points 3–4): asking for mediation and checking a request. Each names
 * the field it refuses; the texts are @hgcs/i18n's `error.<code>`.
 */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const kioskMessages = {
  /** The chosen village has no active mediation team to receive the request (the office takes it in person). */
  'KIOSK.VILLAGE_WITHOUT_TEAM': { kind: 'invalid', params: ['field'] },
  /** The privacy notice the visitor agreed to is not the one in force (an old page): show it again. */
  'KIOSK.NOTICE_OUTDATED': { kind: 'invalid', params: ['field'] },
  /** The code and the second factor do not match a request (one answer for both: nothing can be enumerated). */
  'KIOSK.REQUEST_NOT_FOUND': { kind: 'not_found', params: ['field'] },
  /** Too many wrong second factors for this code: checks are refused until the lock ends. */
  'KIOSK.CHECK_LOCKED': { kind: 'rate_limited', params: ['field', 'minutes'] },
  /** A translation for a key that is not one of the kiosk's texts (point 7). */
  'KIOSK.TEXT_UNKNOWN': { kind: 'invalid', params: ['field'] },
  /** A translation lacks a placeholder of the Vietnamese text (`name` is the placeholder, braces included). */
  'KIOSK.PLACEHOLDER_MISSING': { kind: 'invalid', params: ['field', 'name'] },
  /** A translation has a placeholder the Vietnamese text does not. */
  'KIOSK.PLACEHOLDER_UNKNOWN': { kind: 'invalid', params: ['field', 'name'] },
  /** The kiosk's device token is missing or not one this commune registered: only registered kiosks send requests. */
  'KIOSK.DEVICE_UNKNOWN': { kind: 'forbidden', params: [] },
  /** The kiosk's device was revoked by an officer: it sends nothing more. */
  'KIOSK.DEVICE_REVOKED': { kind: 'forbidden', params: [] },
  /** An offline request's own tracking code is already another request's (a 1-in-2⁴⁰ clash): staff take it by hand. */
  'KIOSK.OFFLINE_CODE_TAKEN': { kind: 'conflict', params: ['field'] },
  /** The kiosk device or call is not the commune's. */
  'KIOSK.NOT_FOUND': { kind: 'not_found', params: [] },
} as const satisfies Record<string, ErrorSpec>;
