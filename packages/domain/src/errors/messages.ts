/**
 * Every error code of the product with its kind and the names of its parameters. The domain keeps no human text:
 * the Vietnamese and English messages are @hgcs/i18n's `error.<code>` (packages/i18n/messages/vi.json, en.json).
 * Add a code here and its text there, then throw `new DomainError('NAMESPACE.CODE', { …params })`.
 * Each module keeps its own codes in `<module>/messages.ts`.
 */
import type { ErrorSpec } from './domain-error.ts';
import { calendarMessages } from '../calendar/messages.ts';
import { planMessages } from '../plan/messages.ts';
import { mediationMessages } from '../mediation/messages.ts';
import { capacityMessages } from '../capacity/messages.ts';
import { budgetMessages } from '../budget/messages.ts';
import { kpiMessages } from '../kpi/messages.ts';
import { registryMessages } from '../registry/messages.ts';
import { casesMessages } from '../cases/messages.ts';
import { kioskMessages } from '../kiosk/messages.ts';
import { startupMessages } from './startup-messages.ts';

export const errorCodes = {
  'INPUT.INVALID': { kind: 'invalid', params: [] },
  'AUTH.UNAUTHENTICATED': { kind: 'unauthenticated', params: [] },
  'AUTH.INVALID_CREDENTIALS': { kind: 'unauthenticated', params: [] },
  /** The one answer of a refused sign-in: unknown user, wrong password, disabled or locked account alike (no enumeration). */
  'AUTH.SIGN_IN_REFUSED': { kind: 'unauthenticated', params: [] },
  'AUTH.LOCKED': { kind: 'rate_limited', params: ['seconds'] },
  'AUTH.TOTP_REQUIRED': { kind: 'unauthenticated', params: [] },
  'AUTH.TOTP_INVALID': { kind: 'unauthenticated', params: [] },
  'AUTH.RECOVERY_CODE_INVALID': { kind: 'unauthenticated', params: [] },
  'AUTH.PROOF_REQUIRED': { kind: 'invalid', params: [] },
  'AUTH.NO_PENDING_ENROLMENT': { kind: 'invalid', params: [] },
  'USER.NOT_ON_SELF': { kind: 'forbidden', params: [] },
  'AUTH.SETUP_REQUIRED': { kind: 'forbidden', params: [] },
  'AUTH.FORBIDDEN': { kind: 'forbidden', params: [] },
  'AUTH.WEAK_PASSWORD': { kind: 'invalid', params: ['min'] },
  'AUTH.GUESSABLE_PASSWORD': { kind: 'invalid', params: [] },
  'RESOURCE.NOT_FOUND': { kind: 'not_found', params: [] },
  'RESOURCE.CONFLICT': { kind: 'conflict', params: [] },
  ...calendarMessages,
  ...planMessages,
  ...mediationMessages,
  ...capacityMessages,
  ...budgetMessages,
  ...kpiMessages,
  ...registryMessages,
  ...casesMessages,
  ...kioskMessages,
  ...startupMessages,
  'RATE.LIMITED': { kind: 'rate_limited', params: [] },
} as const satisfies Record<string, ErrorSpec>;

/** A namespaced error code, e.g. `AUTH.LOCKED`. */
export type ErrorCode = keyof typeof errorCodes;

/** The parameters a code's message needs, by name: `ErrorParams<'AUTH.LOCKED'>` is `{ seconds: string | number }`. */
export type ErrorParams<C extends ErrorCode> = { [K in (typeof errorCodes)[C]['params'][number]]: string | number };
