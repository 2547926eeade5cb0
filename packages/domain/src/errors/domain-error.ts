/**
 * One error vocabulary for the whole product (docs/style.md habit 5). A code is namespaced
 * (`TEAM.TOO_FEW_MEDIATORS`) and carries its parameters; the domain holds no human text. Each edge renders the
 * code in its user's language from @hgcs/i18n's catalogue (`error.<code>`, Vietnamese first).
 */
import { errorCodes, type ErrorCode, type ErrorParams } from './messages.ts';

export type { ErrorCode, ErrorParams };

/** What kind of failure a code is, so every transport maps it once (tRPC, HTTP, forms). */
export type ErrorKind =
  'invalid' | 'not_found' | 'forbidden' | 'unauthenticated' | 'conflict' | 'rate_limited' | 'unavailable';

/** What the domain knows of a code: its kind, and the names of the parameters its message fills. */
export type ErrorSpec = { kind: ErrorKind; params: readonly string[] };

/** One located part of an error, e.g. a problem at a line of a data file: a catalogue key with its parameters. */
export type ErrorDetail = {
  line?: number;
  path: string;
  code: string;
  params: Readonly<Record<string, string | number>>;
};

/**
 * A rule was broken or an input was refused: a code and its parameters (and, for a file, located details).
 * Its `message` is the code, for logs; users read the catalogue's text of the code.
 * @example throw new DomainError('AUTH.LOCKED', { seconds: 900 });
 */
export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: Readonly<Record<string, string | number>>;
  readonly details: readonly ErrorDetail[];
  constructor(
    code: C,
    ...[params, details]: [keyof ErrorParams<C>] extends [never]
      ? [params?: ErrorParams<C>, details?: readonly ErrorDetail[]]
      : [params: ErrorParams<C>, details?: readonly ErrorDetail[]]
  ) {
    super(code);
    this.name = 'DomainError';
    this.code = code;
    this.params = params ?? {};
    this.details = details ?? [];
  }
  get kind(): ErrorKind {
    return errorCodes[this.code].kind;
  }
}

/** True when a value is a DomainError (works across package copies, unlike instanceof). */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof Error && value.name === 'DomainError' && typeof (value as DomainError).code === 'string';
}
