/**
 * What a log line may say about an error (ANM-07): its code only — a domain code, a PostgreSQL SQLSTATE, a Node
 * system code (ENOSPC…) or, failing those, the class name of the innermost error. Never a message: drizzle's
 * DrizzleQueryError message embeds the SQL and its `params` (a password hash, a name, dispute text), and
 * PostgreSQL's own messages quote values ("Key (username)=(…) already exists").
 */
import { isDomainError } from '@hgcs/domain';

/** The loggable code of `error`, looking through its `cause` chain. */
export function loggableErrorCode(error: unknown): string {
  let name = 'unknown';
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (isDomainError(e)) return e.code;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return `SQLSTATE ${code}`;
    if (typeof code === 'string' && /^E[A-Z0-9_]{2,30}$/.test(code)) return code;
    if (e instanceof Error && /^[A-Za-z]{1,40}$/.test(e.name)) name = e.name;
  }
  return name;
}
