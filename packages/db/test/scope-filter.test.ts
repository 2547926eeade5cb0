import { grantScope, systemScope, type ProvinceScope, type TeamScope, type VillageScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getPlanTree,
  getPlanTrees,
  insertTeam,
  insertUser,
  listTeams,
  listVillages,
  listWorkItems,
  seedCommune,
} from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { smallSeed } from './fixtures.ts';

let t: TestDatabase;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestDatabase();
  const seed = smallSeed('99001');
  await seedCommune(t.db, {
    ...seed,
    villages: [...seed.villages, { name: 'Làng B', ethnicMinorityArea: true, households: 80 }],
  });
  await seedCommune(t.db, smallSeed('99002'));
  for (const v of await listVillages(t.db, systemScope(99001))) ids[v.name] = v.id;
  ids.teamA = (
    await insertTeam(t.db, systemScope(99001), { villageId: ids['Làng A']!, name: 'Tổ hòa giải làng A' })
  ).id;
  ids.teamB = (
    await insertTeam(t.db, systemScope(99001), { villageId: ids['Làng B']!, name: 'Tổ hòa giải làng B' })
  ).id;
  const [other] = await listVillages(t.db, systemScope(99002));
  ids.teamOther = (
    await insertTeam(t.db, systemScope(99002), { villageId: other!.id, name: 'Tổ hòa giải xã khác' })
  ).id;
});
afterAll(() => t.close());

const village = (villageIds: string[]) => grantScope<VillageScope>({ kind: 'village', communeId: 99001, villageIds });
const team = (teamIds: string[]) => grantScope<TeamScope>({ kind: 'team', communeId: 99001, teamIds });

describe('scopeWhere', () => {
  it('keeps a commune scope inside its commune', async () => {
    expect((await listTeams(t.db, systemScope(99001))).map((x) => x.name)).toEqual([
      'Tổ hòa giải làng A',
      'Tổ hòa giải làng B',
    ]);
    expect((await listTeams(t.db, systemScope(99002))).map((x) => x.id)).toEqual([ids.teamOther]);
  });
  it('keeps a village scope to its villages and their teams', async () => {
    expect((await listVillages(t.db, village([ids['Làng B']!]))).map((v) => v.name)).toEqual(['Làng B']);
    expect((await listTeams(t.db, village([ids['Làng B']!]))).map((x) => x.id)).toEqual([ids.teamB]);
    expect(await listTeams(t.db, village([]))).toEqual([]);
  });
  it('keeps a team scope to its team (and the villages of its teams)', async () => {
    expect((await listTeams(t.db, team([ids.teamA!]))).map((x) => x.id)).toEqual([ids.teamA]);
    expect((await listVillages(t.db, team([ids.teamA!]))).map((v) => v.name)).toEqual(['Làng A']);
    expect(await listTeams(t.db, team([]))).toEqual([]);
  });
  it('never crosses communes, even with another commune’s ids', async () => {
    expect(await listTeams(t.db, team([ids.teamOther!]))).toEqual([]);
    expect(
      await listTeams(
        t.db,
        grantScope<VillageScope>({ kind: 'village', communeId: 99002, villageIds: [ids['Làng A']!] }),
      ),
    ).toEqual([]);
  });
  it('reads a province’s communes in one round, and nothing for an empty province', async () => {
    const province = grantScope<ProvinceScope>({ kind: 'province', provinceCode: '52', communeIds: [99001, 99002] });
    const trees = await getPlanTrees(t.db, province);
    expect([...trees.keys()].sort()).toEqual([99001, 99002]);
    expect(trees.get(99002)?.groups[0]?.tasks).toHaveLength(1);
    expect(new Set((await listWorkItems(t.db, province, { year: 2026 })).map((r) => r.communeId))).toEqual(
      new Set([99001, 99002]),
    );
    expect(
      await listWorkItems(t.db, grantScope<ProvinceScope>({ kind: 'province', provinceCode: '99', communeIds: [] })),
    ).toEqual([]);
  });
  it('refuses a team of a village of another commune (composite key)', async () => {
    const [other] = await listVillages(t.db, systemScope(99002));
    await expect(insertTeam(t.db, systemScope(99001), { villageId: other!.id, name: 'Tổ sai' })).rejects.toThrow();
  });
});

describe('query helpers need a granted scope', () => {
  it('does not compile with a bare commune id or a hand-made scope', async () => {
    const neverRun = [
      // @ts-expect-error a raw commune id is not a scope: forgetting the scope fails typecheck
      () => listWorkItems(t.db, 99001),
      // @ts-expect-error a literal object is not a granted scope
      () => getPlanTree(t.db, { kind: 'commune', communeId: 99001 }),
      // @ts-expect-error a province scope does not reach one commune's plan tree
      () => getPlanTree(t.db, grantScope<ProvinceScope>({ kind: 'province', provinceCode: '52', communeIds: [99001] })),
    ];
    expect(neverRun).toHaveLength(3);
  });
});

describe('province users', () => {
  it('have a province and no commune; commune users the other way round (CHECK)', async () => {
    const base = { displayName: 'Cán bộ', passwordHash: 'x', mustChangePassword: false, agencyCode: null };
    await insertUser(t.db, {
      ...base,
      username: 'stp.52',
      role: 'province_officer',
      communeId: null,
      provinceCode: '52',
    });
    await expect(
      insertUser(t.db, {
        ...base,
        username: 'stp.sai',
        role: 'province_officer',
        communeId: 99001,
        provinceCode: null,
      }),
    ).rejects.toThrow();
    await expect(
      insertUser(t.db, { ...base, username: 'vp.sai', role: 'office_staff', communeId: null, provinceCode: '52' }),
    ).rejects.toThrow();
    await expect(
      insertUser(t.db, { ...base, username: 'vp.sai2', role: 'office_staff', communeId: 99001, provinceCode: '52' }),
    ).rejects.toThrow();
  });
});
