import { describe, expect, it } from 'vitest';
import {
  hasPermission,
  permissionKinds,
  permissions,
  permissionsOf,
  rolesRequiringTotp,
  scopeOf,
  type Permission,
} from './permissions.ts';
import { roles } from './roles.ts';

describe('permission table', () => {
  it('denies by default: a right not listed for a role is refused', () => {
    expect(hasPermission('front_viewer', 'plan.signoff')).toBe(false);
    expect(scopeOf('team_leader', 'user.manage')).toBeNull();
  });
  it('gives only the chairman the sign-off of a plan year', () => {
    expect(roles.filter((r) => hasPermission(r, 'plan.signoff'))).toEqual(['chairman']);
  });
  it('keeps a team leader inside the own team for cases', () => {
    expect(scopeOf('team_leader', 'case.read')).toBe('team');
    expect(scopeOf('justice_officer', 'case.read')).toBe('commune');
  });
  it('keeps personal case data away from roles that do not need it', () => {
    for (const role of [
      'budget_officer',
      'communication_officer',
      'police_liaison',
      'front_viewer',
      'admin',
    ] as const) {
      expect(hasPermission(role, 'case.read')).toBe(false);
    }
  });
  it('lets only the justice officer and the team leader (own team) read the parties of a case', () => {
    expect(roles.filter((r) => hasPermission(r, 'case.read_personal'))).toEqual(['justice_officer', 'team_leader']);
    expect(scopeOf('team_leader', 'case.read_personal')).toBe('team');
    expect(hasPermission('chairman', 'case.read_personal')).toBe(false);
    expect(hasPermission('office_staff', 'case.read_personal')).toBe(false);
  });
  it('lists every right of a role, and only those', () => {
    expect(permissionsOf('admin')).toContain('audit.read');
    expect(permissionsOf('admin')).not.toContain('case.read');
    for (const p of permissionsOf('dpo')) expect(hasPermission('dpo', p)).toBe(true);
    expect(permissions.length).toBeGreaterThan(10);
  });
});

describe('second factor', () => {
  it('is required of every role that can change data, derived from the table', () => {
    for (const role of roles) {
      const changes = permissionsOf(role).some((p) => permissionKinds[p] === 'change');
      expect(rolesRequiringTotp.includes(role), role).toBe(changes);
    }
    expect(rolesRequiringTotp).toEqual(
      expect.arrayContaining(['admin', 'office_staff', 'front_viewer', 'chairman', 'team_leader']),
    );
    expect(rolesRequiringTotp).not.toContain('dpo');
  });
});

describe('village and province roles', () => {
  it('limits a village head to the village on teams and the villages list, and gives nothing else', () => {
    expect(scopeOf('village_head', 'team.read')).toBe('village');
    expect(scopeOf('village_head', 'commune.read')).toBe('village');
    expect(scopeOf('team_leader', 'team.read')).toBe('team');
    expect(permissionsOf('village_head')).toEqual(['commune.read', 'team.read']);
    expect(rolesRequiringTotp).not.toContain('village_head');
  });
  it('gives province roles the province view and the registry’s non-personal reads, and onboarding to the province administrator', () => {
    const registryReads = ['team.read', 'mediator.read', 'case.count'];
    expect(permissionsOf('province_officer')).toEqual([
      'team.read',
      'mediator.read',
      'case.count',
      'kpi.read',
      'province.read',
      'province.norms',
    ]);
    expect(permissionsOf('province_admin')).toEqual([
      'team.read',
      'mediator.read',
      'case.count',
      'kpi.read',
      'province.read',
      'commune.onboard',
      'province.norms',
    ]);
    expect(scopeOf('province_officer', 'province.read')).toBe('province');
    for (const p of registryReads) expect(scopeOf('province_officer', p as Permission)).toBe('province');
    expect(hasPermission('province_officer', 'registry.read_personal')).toBe(false);
    const provinceOnes = (x: string) =>
      x.startsWith('province.') || x === 'commune.onboard' || x === 'kpi.read' || registryReads.includes(x);
    for (const p of permissions.filter((x) => !provinceOnes(x))) {
      expect(hasPermission('province_admin', p), p).toBe(false);
      expect(hasPermission('province_officer', p), p).toBe(false);
    }
  });
  it('lets the commune’s answering bodies and the province read the Decision 315 dashboard, nobody else', () => {
    expect(roles.filter((r) => hasPermission(r, 'kpi.read'))).toEqual([
      'admin',
      'office_staff',
      'justice_officer',
      'chairman',
      'province_admin',
      'province_officer',
    ]);
    expect(scopeOf('chairman', 'kpi.read')).toBe('commune');
    expect(scopeOf('province_officer', 'kpi.read')).toBe('province');
  });
  it('asks a second factor of both province roles: onboarding and the province’s amounts change data', () => {
    expect(rolesRequiringTotp).toContain('province_admin');
    expect(rolesRequiringTotp).toContain('province_officer');
  });
});
