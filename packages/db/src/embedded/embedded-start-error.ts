/**
 * Why the embedded PostgreSQL could not start, as one line for the operator (Vietnamese / English) — never a stack.
 */
import { DomainError, formatErrorMessage, type ErrorCode } from '@hgcs/domain';

/** A start-up refusal with a code from the domain's error vocabulary (`STARTUP.*`). */
export class EmbeddedStartError extends DomainError {
  constructor(code: ErrorCode & `STARTUP.${string}`, params: Record<string, string | number> = {}) {
    super(code, params);
    this.message = `${formatErrorMessage(code, 'vi', params)} / ${formatErrorMessage(code, 'en', params)}`;
  }
}
