/**
 * Every procedure × every principal (security.md AZ-02, ANM-05): anonymous, a password-only session (second factor
 * due), a session whose setup is due, and each role fully signed in. Each call is refused with 401/403 exactly
 * when its declared access says so; an allowed call may still fail on its empty input, never with 401/403 or 5xx.
 */
import { appRouter } from '@hgcs/api';
import { hasPermission, isProvinceRole, roles, type Permission, type Role } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, password, startServer } from './harness.ts';

type Access = 'public' | 'kiosk' | 'pending_session' | 'session' | 'account' | { permission: Permission };
type Principal = {
  name: string;
  token: string | null;
  kind: 'anonymous' | 'password_only' | 'setup' | 'full';
  role?: Role;
};

let s: Awaited<ReturnType<typeof startServer>>;
const principals: Principal[] = [];
beforeAll(async () => {
  s = await startServer({ now: new Date('2026-11-02T05:00:00Z') });
  principals.push({ name: 'anonymous', token: null, kind: 'anonymous' });
  await createUser(s.db, { role: 'office_staff', username: 'chi-mat-khau' });
  principals.push({
    name: 'password-only',
    kind: 'password_only',
    token: (await s.client().auth.signIn.mutate({ username: 'chi-mat-khau', password })).token,
  });
  await createUser(s.db, { role: 'office_staff', username: 'chua-cai-dat', totp: false });
  principals.push({
    name: 'setup due',
    kind: 'setup',
    token: (await s.client().auth.signIn.mutate({ username: 'chua-cai-dat', password })).token,
  });
  for (const role of roles) {
    // A province role has a province and no commune (Sở Tư pháp); every other role is Pờ Tó's.
    const where = isProvinceRole(role)
      ? { communeId: null, provinceCode: '52', agencyCode: null }
      : { agencyCode: 'office' };
    await createUser(s.db, { role, username: `vai-${role.replaceAll('_', '-')}`, ...where });
    principals.push({ name: role, role, kind: 'full', token: await s.signIn(`vai-${role.replaceAll('_', '-')}`) });
  }
}, 120_000);
afterAll(() => s.close());

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: { access?: Access } } }>,
)
  .filter(([, p]) => p._def.meta?.access !== 'public' && p._def.meta?.access !== 'kiosk')
  .sort(([a], [b]) => Number(a === 'auth.signOut') - Number(b === 'auth.signOut')); // sign-out last: it ends the session

/** The status a principal must get when refused, or null when the access lets it through. */
function refusal(access: Access, p: Principal): number | null {
  if (p.kind === 'anonymous') return 401;
  if (access === 'pending_session') return null;
  if (p.kind === 'password_only') return 401;
  if (access === 'session') return null;
  if (p.kind === 'setup') return 403;
  if (access === 'account') return null;
  return hasPermission(p.role!, (access as { permission: Permission }).permission) ? null : 403;
}

describe('authorization matrix', () => {
  it('covers every procedure for every principal, including a password-only session', async () => {
    expect(procedures.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const p of principals) {
      for (const [path, proc] of procedures) {
        const res = await fetch(`${s.url}/trpc/${path}`, {
          method: 'POST',
          body: '{}',
          headers: {
            'content-type': 'application/json',
            ...(proc._def.type === 'query' ? { 'x-http-method-override': 'GET' } : {}),
            ...(p.token ? { authorization: `Bearer ${p.token}` } : {}),
          },
        });
        const expected = refusal(proc._def.meta!.access!, p);
        const ok =
          expected === null ? ![401, 403, 405].includes(res.status) && res.status < 500 : res.status === expected;
        if (!ok) wrong.push(`${p.name} → ${path}: ${res.status} (expected ${expected ?? 'allowed'})`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
