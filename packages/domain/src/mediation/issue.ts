/**
 * An unmet condition returned as a value (not thrown), so a check can list every problem at once:
 * team composition, candidate standards, written agreement, court request, remuneration.
 */
import { formatErrorMessage } from '../errors/domain-error.ts';
import type { mediationMessages } from './messages.ts';

/** A code of the mediation module (see messages.ts). */
export type MediationCode = keyof typeof mediationMessages;

/** One unmet condition: its code, its filled messages and the values that filled them. */
export type Issue = {
  code: MediationCode;
  vi: string;
  en: string;
  params: Readonly<Record<string, string | number>>;
};

/** Builds an issue with its Vietnamese and English messages filled from `params`. */
export function issue(code: MediationCode, params: Record<string, string | number> = {}): Issue {
  return { code, vi: formatErrorMessage(code, 'vi', params), en: formatErrorMessage(code, 'en', params), params };
}
