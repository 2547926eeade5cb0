/**
 * Links a supporter to a team they support, or unlinks them. Linking twice is a no-op (a retry never duplicates);
 * a team or supporter of another commune is "not found".
 */
import { getTeam, legalSupporterExists, linkLegalSupport, unlinkLegalSupport, withAudit } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function linkLegalSupporter(
  ctx: ScopedContext,
  link: { supporterId: string; teamId: string; since: string | null },
): Promise<{ linked: boolean }> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    if (!(await getTeam(tx, ctx.scope, link.teamId)) || !(await legalSupporterExists(tx, ctx.scope, link.supporterId)))
      throw new DomainError('RESOURCE.NOT_FOUND');
    const linked = await linkLegalSupport(tx, ctx.scope, link);
    if (linked)
      await audit({
        action: 'legal_support.link',
        objectType: 'team',
        objectId: link.teamId,
        after: { supporterId: link.supporterId, since: link.since },
      });
    return { linked };
  });
}

export async function unlinkLegalSupporter(
  ctx: ScopedContext,
  link: { supporterId: string; teamId: string },
): Promise<{ unlinked: boolean }> {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const unlinked = await unlinkLegalSupport(tx, ctx.scope, link);
    if (unlinked)
      await audit({
        action: 'legal_support.unlink',
        objectType: 'team',
        objectId: link.teamId,
        before: { supporterId: link.supporterId },
      });
    return { unlinked };
  });
}
