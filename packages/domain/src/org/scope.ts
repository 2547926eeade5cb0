/**
 * The scope a right is exercised in, as a value: the whole commune, one agency of it, the user's village(s), the
 * user's team(s), or every commune of a province (read only). A procedure's scope is resolved once, when it is
 * authorized (`can()` in @hgcs/api), and every query helper that reads tenant data takes it, so a query without
 * its scope does not compile. The value is branded `Granted`: only `grantScope` (called by `can()` after the
 * permission check), `systemScope` (seed, CLI, bootstrap — no user), `kioskScope` (public, non-personal reads of one
 * commune) and `communeOfProvince` (one commune of an already granted province scope) make one; a literal object
 * or a bare commune id is a type error. packages/api/test/scope-builders.test.ts checks who calls `grantScope`.
 */
import type { ScopeKind } from './permissions.ts';

export type CommuneScope = { readonly kind: 'commune'; readonly communeId: number };
export type AgencyScope = { readonly kind: 'agency'; readonly communeId: number; readonly agencyCode: string | null };
export type VillageScope = {
  readonly kind: 'village';
  readonly communeId: number;
  readonly villageIds: readonly string[];
};
export type TeamScope = { readonly kind: 'team'; readonly communeId: number; readonly teamIds: readonly string[] };
export type ProvinceScope = {
  readonly kind: 'province';
  readonly provinceCode: string;
  readonly communeIds: readonly number[];
};
export type ScopeValue = CommuneScope | AgencyScope | VillageScope | TeamScope | ProvinceScope;

declare const granted: unique symbol;
/** A scope value made by an authorization (or one of the named builders above), never by hand. */
export type Granted<S extends ScopeValue = ScopeValue> = S & { readonly [granted]: true };

/** The granted scope of one kind ('team' → Granted<TeamScope>). */
export type GrantedOf<K extends ScopeKind> = Granted<Extract<ScopeValue, { kind: K }>>;
/** Any granted scope inside one commune (every kind but the province's): it has `communeId: number`. */
export type CommuneLevelScope = GrantedOf<'commune' | 'agency' | 'village' | 'team'>;
/** Any granted scope. */
export type AnyScope = Granted;

/**
 * Brands a scope resolved for an authorized user. Only the API's `can()` / `authorizeScope` call it (a test
 * checks); everything else receives the branded value.
 */
export function grantScope<S extends ScopeValue>(scope: S): Granted<S> {
  return Object.freeze({ ...scope }) as Granted<S>;
}

/** The whole commune, for code that runs without a user: seeding, the CLI, bootstrap, tests. */
export function systemScope(communeId: number): Granted<CommuneScope> {
  return grantScope({ kind: 'commune', communeId });
}

/** One commune's public, non-personal data (the kiosk and the web portal: the plan and its progress). */
export function kioskScope(communeId: number): Granted<CommuneScope> {
  return grantScope({ kind: 'commune', communeId });
}

/** One commune of a granted province scope (its year report), or null when the commune is not in the province. */
export function communeOfProvince(scope: Granted<ProvinceScope>, communeId: number): Granted<CommuneScope> | null {
  return scope.communeIds.includes(communeId) ? grantScope({ kind: 'commune', communeId }) : null;
}

/** True when the scope reaches inside one commune (it carries `communeId`). */
export function isCommuneLevel(scope: AnyScope): scope is CommuneLevelScope {
  return scope.kind !== 'province';
}
