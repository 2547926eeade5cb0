/**
 * The scope on the context follows the permission (type level), and only the authorization builds a granted scope
 * from a user: `grantScope` is called in resolve-scope.ts alone (the domain's named builders aside).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CommuneLevelScope, Granted, GrantedOf, ProvinceScope } from '@hgcs/domain';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { can } from '../src/procedures.ts';
import type { ScopeFor } from '../src/resolve-scope.ts';

describe('ctx.scope', () => {
  it('is typed by the permission table', () => {
    expectTypeOf<ScopeFor<'plan.read'>>().toEqualTypeOf<GrantedOf<'commune'>>();
    expectTypeOf<ScopeFor<'plan.read'>['communeId']>().toEqualTypeOf<number>();
    expectTypeOf<ScopeFor<'province.read'>>().toEqualTypeOf<Granted<ProvinceScope>>();
    expectTypeOf<ScopeFor<'team.read'>>().toEqualTypeOf<GrantedOf<'commune' | 'village' | 'team' | 'province'>>();
    expectTypeOf<ScopeFor<'team.read'>>().not.toExtend<CommuneLevelScope>();
    expectTypeOf<ScopeFor<'team.manage'>>().toExtend<CommuneLevelScope>();
    expectTypeOf<ScopeFor<'province.read'>>().not.toExtend<CommuneLevelScope>();
    const procedure = can('province.read').query(({ ctx }) => {
      expectTypeOf(ctx.scope.communeIds).toEqualTypeOf<readonly number[]>();
      // @ts-expect-error a province scope has no single commune
      return ctx.scope.communeId;
    });
    expect(procedure).toBeDefined();
  });
});

describe('who builds a scope', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  it('calls grantScope only in resolve-scope.ts', () => {
    const src = new URL('../src/', import.meta.url).pathname;
    const callers = files(src)
      .filter((f) => /grantScope\(/.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(src.length));
    expect(callers).toEqual(['resolve-scope.ts']);
  });
});
