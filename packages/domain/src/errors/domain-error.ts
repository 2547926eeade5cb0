/**
 * One error vocabulary for the whole product (docs/style.md habit 5). A code is namespaced
 * (`TEAM.TOO_FEW_MEDIATORS`); its user message comes from `errorMessages` by code, Vietnamese first.
 */
import { errorMessages, type ErrorCode } from './messages.ts';

export type { ErrorCode };

/** What kind of failure a code is, so every transport maps it once (tRPC, HTTP, forms). */
export type ErrorKind =
  'invalid' | 'not_found' | 'forbidden' | 'unauthenticated' | 'conflict' | 'rate_limited' | 'unavailable';

/** A rule was broken or an input was refused. `params` fill the message's {placeholders}. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(code: ErrorCode, params: Record<string, string | number> = {}) {
    super(formatErrorMessage(code, 'vi', params));
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }
  get kind(): ErrorKind {
    return errorMessages[this.code].kind;
  }
}

/** The user message of a code in a language, with its placeholders filled. */
export function formatErrorMessage(
  code: ErrorCode,
  lang: 'vi' | 'en',
  params: Record<string, string | number> = {},
): string {
  const template = errorMessages[code][lang];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** True when a value is a DomainError (works across package copies, unlike instanceof). */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof Error && value.name === 'DomainError' && typeof (value as DomainError).code === 'string';
}
