import { seedCommune } from '@hgcs/db';
import { createTestDatabase, type TestDatabase } from '@hgcs/db/testing';
import { poToAgencies, poToCommune, poToPlan, poToVillages } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/root.ts';
import type { Context, SessionUser } from '../src/context.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedCommune(t.db, { commune: poToCommune, villages: poToVillages, agencies: poToAgencies, plan: poToPlan });
});
afterAll(() => t.close());

const user = (over: Partial<SessionUser> = {}): SessionUser => ({
  tokenHash: 'x',
  communeId: 24013,
  communeName: 'Xã Pờ Tó',
  userId: '00000000-0000-4000-8000-000000000000',
  username: 'u',
  displayName: 'U',
  role: 'office_staff',
  agencyCode: 'office',
  provinceCode: null,
  provinceName: null,
  villageId: null,
  teamId: null,
  needsSetup: false,
  mustChangePassword: false,
  totpEnabled: false,
  secondFactorPending: false,
  ...over,
});
const caller = (u: SessionUser | null, ip = '10.0.0.1') =>
  appRouter.createCaller({
    db: t.db,
    requestId: 'r',
    now: new Date('2027-03-15T02:00:00Z'),
    ip,
    secretKey: new Uint8Array(32),
    user: u,
    deviceToken: null,
  } satisfies Context);

describe('procedure builders', () => {
  it('maps a DomainError to its tRPC code, carrying its domain code (no human text)', async () => {
    await expect(caller(null).plan.get()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'AUTH.UNAUTHENTICATED',
      cause: { code: 'AUTH.UNAUTHENTICATED' },
    });
    await expect(caller(user({ role: 'team_leader' })).audit.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
  it('holds a session back until its second factor and its setup are done', async () => {
    await expect(caller(user({ secondFactorPending: true })).plan.get()).rejects.toMatchObject({
      message: 'AUTH.TOTP_REQUIRED',
    });
    await expect(caller(user({ needsSetup: true })).plan.get()).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'AUTH.SETUP_REQUIRED',
    });
  });
  it('scopes reads to the caller’s commune', async () => {
    expect((await caller(user()).plan.get()).groups).toHaveLength(poToPlan.groups.length);
    await expect(caller(user({ communeId: 24014 })).plan.get()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
  it('rate-limits public calls per client address', async () => {
    const flood = caller(null, '10.9.9.9');
    const results = await Promise.allSettled(
      Array.from({ length: 320 }, () => flood.plan.public({ commune: '24013' })),
    );
    const limited = results.filter((r) => r.status === 'rejected');
    expect(limited.length).toBeGreaterThan(0);
    expect((limited[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(caller(null, '10.9.9.10').plan.public({ commune: '24013' })).resolves.toHaveProperty('groups');
  });
});
