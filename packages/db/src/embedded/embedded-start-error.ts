/**
 * Why the embedded PostgreSQL could not start, as one line for the operator (Vietnamese / English, from the
 * catalogue) — never a stack.
 */
import { DomainError, type ErrorCode } from '@hgcs/domain';
import { operatorText } from '@hgcs/i18n';

/** A start-up refusal with a code from the domain's error vocabulary (`STARTUP.*`). */
export class EmbeddedStartError extends DomainError {
  constructor(code: ErrorCode & `STARTUP.${string}`, params: Record<string, string | number> = {}) {
    super(code, params as never);
    this.message = operatorText(code, params);
  }
}
