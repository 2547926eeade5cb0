/**
 * Resolves a signed-in user's scope for a permission, once per request (`can()`): the permission table says the kind
 * (commune, agency, village, team, province), the user's row says the ids — their commune, agency, village or team,
 * or their province and its communes (the province's communes, from the in-process cache after the first read). A commune permission never
 * reaches a province user, and a province permission never a commune user: both are AUTH.FORBIDDEN.
 */
import type { Db } from '@hgcs/db';
import { readProvinceCommunes } from './cache/commune-reference.ts';
import { DomainError, grantScope, scopeOf, type GrantedOf, type Permission, type ScopeKindsOf } from '@hgcs/domain';
import type { SessionUser } from './context.ts';

/** The granted scope type of a permission, derived from the permission table ('province.read' → Granted<ProvinceScope>). */
export type ScopeFor<P extends Permission> = GrantedOf<ScopeKindsOf<P>>;

export async function resolveScope<P extends Permission>(
  db: Db,
  user: SessionUser,
  permission: P,
): Promise<ScopeFor<P>> {
  const kind = scopeOf(user.role, permission);
  if (kind === null) throw new DomainError('AUTH.FORBIDDEN');
  if (kind === 'province') {
    if (user.provinceCode === null || user.communeId !== null) throw new DomainError('AUTH.FORBIDDEN');
    const communes = await readProvinceCommunes(db, user.provinceCode);
    return grantScope({
      kind,
      provinceCode: user.provinceCode,
      communeIds: communes.map((c) => c.id),
    }) as unknown as ScopeFor<P>;
  }
  const { communeId } = user;
  if (communeId === null) throw new DomainError('AUTH.FORBIDDEN');
  const scope =
    kind === 'commune'
      ? grantScope({ kind, communeId })
      : kind === 'agency'
        ? grantScope({ kind, communeId, agencyCode: user.agencyCode })
        : kind === 'village'
          ? grantScope({ kind, communeId, villageIds: user.villageId ? [user.villageId] : [] })
          : grantScope({ kind, communeId, teamIds: user.teamId ? [user.teamId] : [] });
  return scope as ScopeFor<P>;
}
