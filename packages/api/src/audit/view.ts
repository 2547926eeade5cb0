/** An audit row as the audit page reads it (explicit fields). */
import type { listAudit } from '@hgcs/db';

type AuditRow = Awaited<ReturnType<typeof listAudit>>[number];

export const toAuditView = (r: AuditRow) => ({
  id: r.id,
  at: r.at.toISOString(),
  actorUserId: r.actorUserId,
  actor: r.actor,
  action: r.action,
  objectType: r.objectType,
  objectId: r.objectId,
  before: r.before,
  after: r.after,
  requestId: r.requestId,
});
