/**
 * An unmet condition returned as a value (not thrown), so a check can list every problem at once:
 * team composition, candidate standards, written agreement, court request, remuneration.
 */
import type { mediationMessages } from './messages.ts';

/** A code of the mediation module (see messages.ts). */
export type MediationCode = keyof typeof mediationMessages;

/** One unmet condition: its code and the values its message fills (the text is @hgcs/i18n's `error.<code>`). */
export type Issue = {
  code: MediationCode;
  params: Readonly<Record<string, string | number>>;
};

/** Builds an issue. */
export function issue(code: MediationCode, params: Record<string, string | number> = {}): Issue {
  return { code, params };
}
