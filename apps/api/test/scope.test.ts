/**
 * Scope enforced in one place (issue 8.4), over real HTTP on real PostgreSQL: `team.list` and `commune.villages`
 * return only the rows of the caller's scope — a team leader their team, a village head their village and its teams,
 * commune staff all of their commune, another commune's user none of this one.
 */
import { findUserByUsername, insertTeam, listVillages } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
const villageIds: Record<string, string> = {};
const teamIds: Record<string, string> = {};
beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  const villages = await listVillages(s.db, systemScope(24013));
  const [first, second] = villages;
  villageIds.first = first!.id;
  villageIds.second = second!.id;
  teamIds.first1 = (await insertTeam(s.db, systemScope(24013), { villageId: first!.id, name: 'Tổ hòa giải số 1' })).id;
  teamIds.first2 = (await insertTeam(s.db, systemScope(24013), { villageId: first!.id, name: 'Tổ hòa giải số 2' })).id;
  teamIds.second = (await insertTeam(s.db, systemScope(24013), { villageId: second!.id, name: 'Tổ hòa giải số 3' })).id;
  const [otherVillage] = await listVillages(s.db, systemScope(24014));
  teamIds.other = (
    await insertTeam(s.db, systemScope(24014), { villageId: otherVillage!.id, name: 'Tổ hòa giải xã khác' })
  ).id;
  await createUser(s.db, { role: 'team_leader', username: 'to-truong-2', teamId: teamIds.first2 });
  await createUser(s.db, { role: 'village_head', username: 'truong-thon-1', villageId: first!.id });
  await createUser(s.db, { role: 'village_head', username: 'truong-thon-chua-gan' });
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
  await createUser(s.db, { role: 'admin', username: 'quan-tri' });
});
afterAll(() => s.close());

const as = async (username: string) => s.client(await s.signIn(username));

describe('team.list', () => {
  it('gives a team leader only their own team', async () => {
    expect((await (await as('to-truong-2')).team.list.query()).items.map((t) => t.id)).toEqual([teamIds.first2]);
  });
  it('gives a village head only their village’s teams', async () => {
    expect((await (await as('truong-thon-1')).team.list.query()).items.map((t) => t.id).sort()).toEqual(
      [teamIds.first1, teamIds.first2].sort(),
    );
  });
  it('gives a village head with no village nothing (never the whole commune)', async () => {
    expect((await (await as('truong-thon-chua-gan')).team.list.query()).items).toEqual([]);
  });
  it('gives commune staff every team of their commune and none of another', async () => {
    expect((await (await as('tu-phap')).team.list.query()).items.map((t) => t.id).sort()).toEqual(
      [teamIds.first1, teamIds.first2, teamIds.second].sort(),
    );
    expect((await (await as('tu-phap-khac')).team.list.query()).items.map((t) => t.id)).toEqual([teamIds.other]);
  });
});

describe('commune.villages', () => {
  it('gives a village head only their village; staff the whole commune; another commune none of it', async () => {
    expect((await (await as('truong-thon-1')).commune.villages.query()).map((v) => v.id)).toEqual([villageIds.first]);
    const all = (await (await as('tu-phap')).commune.villages.query()).map((v) => v.id);
    expect(all.sort()).toEqual((await listVillages(s.db, systemScope(24013))).map((v) => v.id).sort());
    const other = (await (await as('tu-phap-khac')).commune.villages.query()).map((v) => v.id);
    expect(other).not.toContain(villageIds.first);
    expect(other.length).toBeGreaterThan(0);
  });
  it('limits the commune’s page the same way, and keeps the village head out of the plan', async () => {
    const head = await as('truong-thon-1');
    expect((await head.commune.get.query()).villages.map((v) => v.id)).toEqual([villageIds.first]);
    expect(await failure(head.plan.get.query())).toMatchObject({ status: 403, domainCode: 'AUTH.FORBIDDEN' });
  });
});

describe('user.create gives a village head a village and a team leader a team of the commune only', () => {
  const base = { displayName: 'Người Mới', agencyCode: null, password: 'một mật khẩu rất dài cho người mới' };
  it('records them, refuses another commune’s (not found) and a village for another role (invalid)', async () => {
    const admin = await as('quan-tri');
    await admin.user.create.mutate({
      ...base,
      username: 'truong-thon-moi',
      role: 'village_head',
      villageId: villageIds.second!,
    });
    expect(await findUserByUsername(s.db, 'truong-thon-moi')).toMatchObject({
      villageId: villageIds.second,
      teamId: null,
      communeId: 24013,
    });
    await admin.user.create.mutate({
      ...base,
      username: 'to-truong-moi',
      role: 'team_leader',
      teamId: teamIds.second!,
    });
    expect(await findUserByUsername(s.db, 'to-truong-moi')).toMatchObject({ teamId: teamIds.second });
    expect(
      await failure(
        admin.user.create.mutate({ ...base, username: 'to-truong-sai', role: 'team_leader', teamId: teamIds.other! }),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await failure(
        admin.user.create.mutate({ ...base, username: 'vp-sai', role: 'office_staff', villageId: villageIds.first! }),
      ),
    ).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(
      await failure(admin.user.create.mutate({ ...base, username: 'stp-sai', role: 'province_officer' as 'admin' })),
    ).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(await findUserByUsername(s.db, 'to-truong-sai')).toBeUndefined();
  });
});
