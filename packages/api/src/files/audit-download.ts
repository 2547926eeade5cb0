/**
 * Audits a file leaving the system (ANM-06): an evidence download (`evidence.download`) or a report or plan export
 * (`export.download`), by the signed-in user, in a transaction of its own, before the bytes are sent.
 */
import { withAudit, type AuditEntry } from '@hgcs/db';
import type { Context, SessionUser } from '../context.ts';

export function auditDownload(ctx: Context & { user: SessionUser }, entry: AuditEntry): Promise<void> {
  return withAudit(ctx.db, { communeId: ctx.user.communeId, userId: ctx.user.userId, requestId: ctx.requestId }, (_tx, audit) => audit(entry));
}
