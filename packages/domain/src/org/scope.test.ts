import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  communeOfProvince,
  grantScope,
  isCommuneLevel,
  systemScope,
  type CommuneLevelScope,
  type Granted,
  type GrantedOf,
  type ProvinceScope,
} from './scope.ts';
import { communeRoles, isProvinceRole } from './roles.ts';

describe('scope values', () => {
  it('builds the whole commune for code without a user', () => {
    expect(systemScope(24013)).toEqual({ kind: 'commune', communeId: 24013 });
    expect(isCommuneLevel(systemScope(24013))).toBe(true);
    expect(Object.isFrozen(systemScope(24013))).toBe(true);
  });
  it('narrows a province scope to one of its communes only', () => {
    const province = grantScope<ProvinceScope>({ kind: 'province', provinceCode: '52', communeIds: [24013, 24014] });
    expect(isCommuneLevel(province)).toBe(false);
    expect(communeOfProvince(province, 24014)).toEqual({ kind: 'commune', communeId: 24014 });
    expect(communeOfProvince(province, 26001)).toBeNull();
  });
  it('is branded: a literal object is not a granted scope', () => {
    expectTypeOf(systemScope(1)).toExtend<CommuneLevelScope>();
    expectTypeOf({ kind: 'commune' as const, communeId: 1 }).not.toExtend<Granted>();
    expectTypeOf<GrantedOf<'team'>['teamIds']>().toEqualTypeOf<readonly string[]>();
  });
  it('keeps province roles out of the roles a commune gives', () => {
    expect(communeRoles).not.toContain('province_admin');
    expect(isProvinceRole('province_officer')).toBe(true);
    expect(isProvinceRole('village_head')).toBe(false);
  });
});
