/**
 * A team's counts (`teams.member_count` …) on real PostgreSQL: the database recounts a team after every statement that changes its
 * memberships, its members' gender or ethnicity, or its legal supporters — whichever code runs it, one row or many —
 * and the counts always equal a count of the team's open memberships made by hand.
 */
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeMembership,
  deleteLegalSupporter,
  insertLegalSupporter,
  insertMediator,
  insertMembership,
  insertTeam,
  linkLegalSupport,
  listVillages,
  seedCommune,
  teamCountGroupsInScope,
  unlinkLegalSupport,
  updateMediator,
} from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { smallSeed } from './fixtures.ts';

let t: TestDatabase;
const scope = systemScope(99001);
let village: string;
const team: Record<'a' | 'b', string> = { a: '', b: '' };
const people: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  await seedCommune(t.db, smallSeed('99001'));
  village = (await listVillages(t.db, scope))[0]!.id;
  team.a = (await insertTeam(t.db, scope, { villageId: village, name: 'Tổ A' })).id;
  team.b = (await insertTeam(t.db, scope, { villageId: village, name: 'Tổ B' })).id;
  for (const [i, gender] of (['male', 'female', 'male', 'female'] as const).entries()) {
    const { id } = await insertMediator(t.db, scope, {
      fullName: `Người ${i}`,
      gender,
      birthYear: 1970 + i,
      ethnicity: i === 0 ? 'Jrai' : 'Kinh',
      ethnicMinority: i === 0,
      residenceVillageId: village,
      personalDataBasis: 'public_task',
    });
    people.push(id);
  }
});
afterAll(() => t.close());

/** The stored counts of a team. */
async function stored(teamId: string) {
  const rows = await t.db.execute(
    `select member_count as members, women_count as women, ethnic_minority_count as ethnic_minority_members,
            leader_count as leaders, legal_supporter_count as supporters from teams where id = '${teamId}'`,
  );
  return rows.rows[0];
}

/** The same counts made by hand from the team's open memberships. */
async function counted(teamId: string) {
  const rows = await t.db.execute(
    `select count(distinct m.mediator_id)::int as members,
            count(distinct m.mediator_id) filter (where p.gender = 'female')::int as women,
            count(distinct m.mediator_id) filter (where p.ethnic_minority)::int as ethnic_minority_members,
            count(*) filter (where m.role = 'leader')::int as leaders,
            (select count(*)::int from team_legal_supports s where s.team_id = '${teamId}') as supporters
     from team_memberships m join mediators p on p.commune_id = m.commune_id and p.id = m.mediator_id
     where m.team_id = '${teamId}' and m.left_on is null`,
  );
  return rows.rows[0];
}

const join = (teamId: string, mediatorId: string, role: 'leader' | 'member' = 'member') =>
  insertMembership(t.db, scope, { teamId, mediatorId, role, joinedOn: '2026-01-05' });

describe('the counts the database keeps on each team', () => {
  it('counts a team as its members join', async () => {
    expect(await stored(team.a)).toEqual(await counted(team.a));
    const leader = await join(team.a, people[0]!, 'leader');
    await join(team.a, people[1]!);
    expect(await stored(team.a)).toEqual({
      members: 2,
      women: 1,
      ethnic_minority_members: 1,
      leaders: 1,
      supporters: 0,
    });
    expect(await stored(team.a)).toEqual(await counted(team.a));
    await closeMembership(t.db, scope, leader.id, '2026-03-01', 'voluntary');
    expect(await stored(team.a)).toMatchObject({ members: 1, leaders: 0, ethnic_minority_members: 0 });
    expect(await stored(team.a)).toEqual(await counted(team.a));
  });
  it('recounts every team a person belongs to when their gender or ethnicity changes', async () => {
    await join(team.b, people[1]!);
    await updateMediator(
      t.db,
      scope,
      people[1]!,
      { gender: 'male', ethnicMinority: true, ethnicity: 'Bahnar' },
      new Date('2026-05-01T00:00:00Z'),
    );
    for (const id of [team.a, team.b]) {
      expect(await stored(id)).toMatchObject({ women: 0, ethnic_minority_members: 1 });
      expect(await stored(id)).toEqual(await counted(id));
    }
  });
  it('counts many memberships written in one statement, in each of their teams', async () => {
    await t.db.execute(
      `insert into team_memberships (commune_id, team_id, mediator_id, role, joined_on) values
       (99001, '${team.a}', '${people[2]}', 'member', '2026-04-01'),
       (99001, '${team.a}', '${people[3]}', 'leader', '2026-04-01'),
       (99001, '${team.b}', '${people[2]}', 'leader', '2026-04-01')`,
    );
    expect(await stored(team.a)).toEqual(await counted(team.a));
    expect(await stored(team.b)).toEqual(await counted(team.b));
    expect(await stored(team.a)).toMatchObject({ members: 3, leaders: 1 });
  });
  it('counts legal supporters as they are linked, unlinked, and deleted with their links', async () => {
    const one = await insertLegalSupporter(t.db, scope, {
      fullName: 'Luật gia Một',
      kind: 'jurist',
      organisation: null,
      phone: null,
    });
    const two = await insertLegalSupporter(t.db, scope, {
      fullName: 'Công an Hai',
      kind: 'police_officer',
      organisation: null,
      phone: null,
    });
    await linkLegalSupport(t.db, scope, { supporterId: one.id, teamId: team.a, since: null });
    await linkLegalSupport(t.db, scope, { supporterId: two.id, teamId: team.a, since: null });
    expect(await stored(team.a)).toMatchObject({ supporters: 2 });
    await unlinkLegalSupport(t.db, scope, { supporterId: one.id, teamId: team.a });
    expect(await stored(team.a)).toMatchObject({ supporters: 1 });
    await deleteLegalSupporter(t.db, scope, two.id);
    expect(await stored(team.a)).toMatchObject({ supporters: 0 });
  });
  it("groups the scope's teams that count alike, zero for teams nobody joined", async () => {
    const empty = await insertTeam(t.db, scope, { villageId: village, name: 'Tổ C' });
    await insertTeam(t.db, scope, { villageId: village, name: 'Tổ D' });
    const groups = await teamCountGroupsInScope(t.db, scope);
    expect(groups.reduce((n, g) => n + g.teams, 0)).toBe(4);
    expect(groups).toContainEqual({
      status: 'active',
      villageEthnicMinorityArea: true,
      members: 0,
      women: 0,
      ethnicMinorityMembers: 0,
      leaders: 0,
      supported: false,
      teams: 2,
    });
    expect(await stored(empty.id)).toEqual({
      members: 0,
      women: 0,
      ethnic_minority_members: 0,
      leaders: 0,
      supporters: 0,
    });
    expect(await teamCountGroupsInScope(t.db, systemScope(99002))).toEqual([]);
  });
});
