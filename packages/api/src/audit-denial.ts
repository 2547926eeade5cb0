/**
 * Audits an authorization denial of a signed-in user (ANM-06): `auth.denied` with the procedure (or route) and the
 * permission it needs, in a transaction of its own, since the request itself fails. Anonymous calls, and
 * province users' denials (no commune applies), are not audited (the rate limits and the request log cover them).
 */
import { withAudit } from '@hgcs/db';
import type { DomainError, Permission } from '@hgcs/domain';
import type { Context } from './context.ts';

export async function auditDenial(
  ctx: Context,
  path: string,
  permission: Permission,
  denial: DomainError,
): Promise<void> {
  // A province user has no commune whose chain could hold the row: the request log keeps the denial (path, 403).
  if (!ctx.user || ctx.user.communeId === null) return;
  await withAudit(
    ctx.db,
    { communeId: ctx.user.communeId, userId: ctx.user.userId, requestId: ctx.requestId },
    (_tx, audit) =>
      audit({
        action: 'auth.denied',
        objectType: 'procedure',
        objectId: path,
        after: { path, permission, denial: denial.code },
      }),
  );
}
