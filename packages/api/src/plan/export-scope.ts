/**
 * Whose documents an export reads: a commune user's own commune (`plan.export`), or — for a province user
 * (`province.read`) — the commune named in the request, if it is one of the province's (else "not found"). The
 * result is a granted commune scope either way; a denial is audited as for any procedure.
 */
import { communeOfProvince, DomainError, type CommuneLevelScope } from '@hgcs/domain';
import type { Context, ScopedContext } from '../context.ts';
import { authorizeScopeAudited } from '../procedures.ts';

/** The scoped context of an export at `path`; `communeText` is the `?commune=` of the request, if any. */
export async function exportScope(
  ctx: Context,
  path: string,
  communeText: string | undefined,
): Promise<ScopedContext<CommuneLevelScope>> {
  if (ctx.user && ctx.user.communeId === null) {
    const { user, scope } = await authorizeScopeAudited(ctx, 'province.read', path);
    if (!communeText || !/^\d{5}$/.test(communeText))
      throw new DomainError('INPUT.INVALID', { detail: 'cần mã xã gồm 5 chữ số (?commune=24013)' });
    const commune = communeOfProvince(scope, Number(communeText));
    if (!commune) throw new DomainError('RESOURCE.NOT_FOUND');
    return { ...ctx, user, scope: commune };
  }
  const { user, scope } = await authorizeScopeAudited(ctx, 'plan.export', path);
  if (communeText !== undefined && communeText !== String(scope.communeId)) throw new DomainError('RESOURCE.NOT_FOUND');
  return { ...ctx, user, scope };
}
