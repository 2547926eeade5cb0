/**
 * A commune's reference data — villages, agencies, the plan tree — read through the in-process cache
 * (commune-data-cache.ts): after the first read, a signed-in picker or page costs no database round trip for them.
 * Each takes the scope `can()` granted; scopes narrower than the commune's where the table has a narrowing column
 * (a village head's villages) are read from the database, unchanged. The values are frozen and shared.
 */
import { getPlanTree, listAgencies, listProvinceCommunes, listVillages, type Db, type PlanTree } from '@hgcs/db';
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { communeDataCacheFor } from './commune-data-cache.ts';
import { toPlanView } from '../plan/view.ts';

type Villages = Awaited<ReturnType<typeof listVillages>>;
type Agencies = Awaited<ReturnType<typeof listAgencies>>;
type ProvinceCommunes = Awaited<ReturnType<typeof listProvinceCommunes>>;

/** The villages of the scope: the commune's list from the cache; a village head's or team leader's from the database. */
export function readVillages(db: Db, scope: AnyScope): Promise<Villages> {
  if (scope.kind !== 'commune' && scope.kind !== 'agency') return listVillages(db, scope);
  return communeDataCacheFor(db).get(scope.communeId, 'villages', 'reference', () => listVillages(db, scope));
}

/** The agencies of the scope's commune (a province's are read from the database). */
export function readAgencies(db: Db, scope: AnyScope): Promise<Agencies> {
  if (scope.kind === 'province') return listAgencies(db, scope);
  return communeDataCacheFor(db).get(scope.communeId, 'agencies', 'reference', () => listAgencies(db, scope));
}

/** The commune's plan tree (its first plan), or undefined when it has none. */
export function readPlanTree(db: Db, scope: CommuneLevelScope): Promise<PlanTree | undefined> {
  return communeDataCacheFor(db).get(scope.communeId, 'plan', 'reference', () => getPlanTree(db, scope));
}

/** The commune's plan as screens show it (agency names resolved), or undefined when it has none: built once per change. */
export function readPlanView(db: Db, scope: CommuneLevelScope): Promise<ReturnType<typeof toPlanView> | undefined> {
  return communeDataCacheFor(db).get(scope.communeId, 'plan-view', 'reference', async () => {
    const [tree, agencies] = await Promise.all([readPlanTree(db, scope), readAgencies(db, scope)]);
    return tree && toPlanView(tree, agencies);
  });
}

/**
 * The communes of a province, by id (a province user's scope is made of them, on every request): from the cache after
 * the first read, until the communes table changes.
 */
export function readProvinceCommunes(db: Db, provinceCode: string): Promise<ProvinceCommunes> {
  return communeDataCacheFor(db).getOfProvince(provinceCode, 'communes', () => listProvinceCommunes(db, provinceCode));
}
