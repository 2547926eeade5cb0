/**
 * Many communes in one deployment: the first run gives every commune its own first administrator (before, the
 * second commune's `admin` hit the unique username and silently got none), `addCommune` writes all or nothing,
 * and a signed-in user's session names their own commune (the console's header shows it).
 */
import { addCommune, bootstrap } from '@hgcs/api';
import { getCommune, insertUser, listUsers, seedCommune, type Db } from '@hgcs/db';
import { createTestDatabase } from '@hgcs/db/testing';
import { parsePlanFile, poToAgencies, poToCommune, poToPlan, poToVillages } from '@hgcs/domain';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, password, startServer } from './harness.ts';

const poToFile = readFileSync(
  fileURLToPath(new URL('../../../packages/domain/src/plan/plans/po-to.plan.yaml', import.meta.url)),
  'utf8',
);
const fileFor = (code: string) =>
  parsePlanFile(poToFile.replace('communeCode: "24013"', `communeCode: "${code}"`), { communeCode: code });
const commune = (code: string, name: string) => ({ code, name, provinceCode: '52', provinceName: 'Tỉnh Gia Lai' });
const admins = async (db: Db, communeId: number) =>
  (await listUsers(db, communeId, new Date('2026-11-27T03:00:00Z')))
    .filter((u) => u.role === 'admin')
    .map((u) => u.username);

describe('first-run bootstrap with several communes', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives each commune its own first administrator, once, and seeds Pờ Tó only on an empty deployment', async () => {
    await seedCommune(t.db, { commune: poToCommune, villages: poToVillages, agencies: poToAgencies, plan: poToPlan });
    const file = fileFor('24014');
    await seedCommune(t.db, {
      commune: commune('24014', 'Xã Ia Phí'),
      villages: file.villages,
      agencies: file.agencies,
      plan: file.plan,
    });
    const first = await bootstrap(t.db, { setupPasswordOverride: 'setup-pass-for-tests-1' });
    expect(first.seeded).toBe(false);
    expect(first.admins.map((a) => [a.communeId, a.username, a.communeName])).toEqual([
      [24013, 'admin.24013', 'Xã Pờ Tó'],
      [24014, 'admin.24014', 'Xã Ia Phí'],
    ]);
    expect(first.admin?.username).toBe('admin.24013');
    expect(await admins(t.db, 24013)).toEqual(['admin.24013']);
    expect(await admins(t.db, 24014)).toEqual(['admin.24014']);
    expect((await bootstrap(t.db)).admins).toEqual([]);
  });

  it("stops with a clear error when a commune's admin name is taken, instead of leaving it without an administrator", async () => {
    const file = fileFor('24015');
    await insertUser(t.db, {
      communeId: 24013,
      username: 'admin.24015',
      displayName: 'Ai đó',
      role: 'office_staff',
      agencyCode: 'office',
      passwordHash: 'x',
      mustChangePassword: false,
    });
    await seedCommune(t.db, {
      commune: commune('24015', 'Xã Ia Ly'),
      villages: file.villages,
      agencies: file.agencies,
      plan: file.plan,
    });
    await expect(bootstrap(t.db)).rejects.toMatchObject({
      code: 'COMMUNE.ADMIN_NAME_TAKEN',
      params: expect.objectContaining({ username: 'admin.24015' }),
    });
  });

  it('addCommune writes everything or nothing, and leaves an existing commune as it is', async () => {
    await insertUser(t.db, {
      communeId: 24013,
      username: 'admin.24016',
      displayName: 'Ai đó',
      role: 'office_staff',
      agencyCode: 'office',
      passwordHash: 'x',
      mustChangePassword: false,
    });
    await expect(
      addCommune(t.db, { commune: commune('24016', 'Xã Ia Tô'), file: fileFor('24016') }),
    ).rejects.toMatchObject({ code: 'COMMUNE.ADMIN_NAME_TAKEN' });
    expect(await getCommune(t.db, 24016)).toBeUndefined();
    const added = await addCommune(t.db, { commune: commune('24017', 'Xã Ia Hrú'), file: fileFor('24017') });
    expect(added).toMatchObject({
      status: 'created',
      admin: { username: 'admin.24017', setupPassword: expect.stringMatching(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/) },
    });
    expect(await addCommune(t.db, { commune: commune('24017', 'Tên khác'), file: fileFor('24017') })).toEqual({
      status: 'exists',
      name: 'Xã Ia Hrú',
    });
  });

  it('on an empty deployment seeds Pờ Tó and its admin.24013', async () => {
    const empty = await createTestDatabase();
    try {
      const boot = await bootstrap(empty.db);
      expect(boot.seeded).toBe(true);
      expect(boot.admins.map((a) => a.username)).toEqual(['admin.24013']);
    } finally {
      await empty.close();
    }
  });
});

describe("the session names the user's own commune", () => {
  let s: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    s = await startServer();
    const file = fileFor('24014');
    await seedCommune(s.db, {
      commune: commune('24014', 'Xã Ia Phí'),
      villages: file.villages,
      agencies: file.agencies,
      plan: file.plan,
    });
    await createUser(s.db, { role: 'office_staff', username: 'vp-poto' });
    await createUser(s.db, { communeId: 24014, role: 'office_staff', username: 'vp-iaphi' });
  });
  afterAll(async () => {
    await s.close();
  });

  it('auth.me returns the commune name of each user', async () => {
    for (const [username, name] of [
      ['vp-poto', 'Xã Pờ Tó'],
      ['vp-iaphi', 'Xã Ia Phí'],
    ] as const) {
      const { token } = await s.client().auth.signIn.mutate({ username, password });
      expect((await s.client(token).auth.me.query()).communeName).toBe(name);
    }
  });
});
