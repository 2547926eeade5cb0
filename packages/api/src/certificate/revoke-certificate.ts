/** Revokes a certificate with a reason (audited; the reason is kept on the row, not in the audit): the public page then says "revoked". */
import { getCertificate, revokeCertificate as revoke, withAudit } from '@hgcs/db';
import { DomainError, type CertificateRevoke } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function revokeCertificate(ctx: ScopedContext, input: CertificateRevoke) {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await getCertificate(tx, ctx.scope, input.id, true);
    if (!row) throw new DomainError('RESOURCE.NOT_FOUND');
    if (row.revokedAt) throw new DomainError('CERTIFICATE.ALREADY_REVOKED');
    await revoke(tx, ctx.scope, row.id, { at: ctx.now, reason: input.reason });
    await audit({
      action: 'certificate.revoke',
      objectType: 'certificate',
      objectId: row.id,
      after: { reason: input.reason },
    });
    return { revoked: true };
  });
}
