import { describe, expect, it } from 'vitest';
import { hasPermission, permissionKinds, permissions, permissionsOf, rolesRequiringTotp, scopeOf } from './permissions.ts';
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
    for (const role of ['budget_officer', 'communication_officer', 'police_liaison', 'front_viewer', 'admin'] as const) {
      expect(hasPermission(role, 'case.read')).toBe(false);
    }
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
    expect(rolesRequiringTotp).toEqual(expect.arrayContaining(['admin', 'office_staff', 'front_viewer', 'chairman', 'team_leader']));
    expect(rolesRequiringTotp).not.toContain('dpo');
  });
});
