/**
 * Audits a file leaving the system (ANM-06): an evidence download (`evidence.download`) or a report or plan export
 * (`export.download`), by the signed-in user, in a transaction of its own, before the bytes are sent — in the chain
 * of the commune the file belongs to (a province user's export of a commune's report lands in that commune's).
 */
import { withAudit, type AuditEntry } from '@hgcs/db';
import { actorIn, type ScopedContext } from './context.ts';

export function auditDownload(ctx: ScopedContext, entry: AuditEntry): Promise<void> {
  return withAudit(ctx.db, actorIn(ctx), (_tx, audit) => audit(entry));
}
