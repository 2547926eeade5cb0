/**
 * The groups the database keeps per commune (`team_groups`, decision 21) on real PostgreSQL: after every kind of write
 * that changes what the composition rule reads — a member joining or leaving, a member's gender or ethnicity, a legal
 * supporter, a new, renamed, moved or dissolved team, a village's area flag, a deleted team — and after two
 * transactions writing one commune at the same time, the kept groups equal the commune's teams grouped by hand, and
 * the scope's figure reads them.
 */
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeMembership,
  insertLegalSupporter,
  insertMediator,
  insertMembership,
  insertTeam,
  linkLegalSupport,
  listVillages,
  seedCommune,
  teamCountGroupsInScope,
  updateMediator,
  updateTeam,
  updateVillage,
} from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { smallSeed } from './fixtures.ts';

let t: TestDatabase;
const commune = 99011;
const other = 99012;
const scope = systemScope(commune);
const now = new Date('2026-06-01T00:00:00Z');
let villageIds: string[] = [];
const people: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  const seed = smallSeed(String(commune));
  await seedCommune(t.db, {
    ...seed,
    villages: ['A', 'B', 'C', 'D', 'E'].map((v) => ({ name: `Làng ${v}`, ethnicMinorityArea: true, households: 90 })),
  });
  await seedCommune(t.db, smallSeed(String(other)));
  villageIds = (await listVillages(t.db, scope)).map((v) => v.id);
  for (const [i, gender] of (['male', 'female', 'female', 'male'] as const).entries()) {
    const { id } = await insertMediator(t.db, scope, {
      fullName: `Người ${i}`,
      gender,
      birthYear: 1960 + i,
      ethnicity: i % 2 === 0 ? 'Bahnar' : 'Kinh',
      ethnicMinority: i % 2 === 0,
      residenceVillageId: villageIds[0]!,
      personalDataBasis: 'public_task',
    });
    people.push(id);
  }
});
afterAll(() => t.close());

type Row = Record<string, unknown>;
const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();

/** The groups the database keeps for a commune. */
async function kept(communeId: number) {
  const { rows } = await t.db.execute(
    `select status, village_ethnic_minority_area as area, members, women, ethnic_minority_members as minority,
            leaders, supported, teams from team_groups where commune_id = ${communeId}`,
  );
  return sorted(rows);
}

/** The same groups made by hand from the commune's teams and villages. */
async function byHand(communeId: number) {
  const { rows } = await t.db.execute(
    `select t.status, v.ethnic_minority_area as area, t.member_count as members, t.women_count as women,
            t.ethnic_minority_count as minority, t.leader_count as leaders, t.legal_supporter_count > 0 as supported,
            count(*)::int as teams
     from teams t join villages v on v.commune_id = t.commune_id and v.id = t.village_id
     where t.commune_id = ${communeId} group by 1, 2, 3, 4, 5, 6, 7`,
  );
  return sorted(rows);
}

async function expectKept() {
  for (const id of [commune, other]) expect(await kept(id)).toEqual(await byHand(id));
}

describe('the groups the database keeps of each commune', () => {
  const team: string[] = [];

  it('groups new teams, and teams as members join, leave and change', async () => {
    team.push((await insertTeam(t.db, scope, { villageId: villageIds[0]!, name: 'Tổ 1' })).id);
    team.push((await insertTeam(t.db, scope, { villageId: villageIds[1]!, name: 'Tổ 2' })).id);
    await expectKept();
    expect(await kept(commune)).toHaveLength(1); // two empty active teams in the same kind of village
    const joined = await insertMembership(t.db, scope, {
      teamId: team[0]!,
      mediatorId: people[0]!,
      role: 'leader',
      joinedOn: '2026-01-05',
    });
    await insertMembership(t.db, scope, {
      teamId: team[0]!,
      mediatorId: people[1]!,
      role: 'member',
      joinedOn: '2026-01-05',
    });
    await expectKept();
    await updateMediator(t.db, scope, people[1]!, { gender: 'male', ethnicMinority: true, ethnicity: 'Jrai' }, now);
    await expectKept();
    await closeMembership(t.db, scope, joined.id, '2026-03-01', 'voluntary');
    await expectKept();
    const supporter = await insertLegalSupporter(t.db, scope, {
      fullName: 'Luật gia',
      kind: 'jurist',
      organisation: null,
      phone: null,
    });
    await linkLegalSupport(t.db, scope, { supporterId: supporter.id, teamId: team[1]!, since: null });
    await expectKept();
    expect(await kept(commune)).toHaveLength(2);
  });

  it('moves a team between groups when it is dissolved or moved, or its village changes its area flag', async () => {
    await updateTeam(t.db, scope, team[1]!, { status: 'dissolved' }, now);
    await expectKept();
    await updateTeam(t.db, scope, team[0]!, { villageId: villageIds[2]! }, now);
    await expectKept();
    await updateVillage(t.db, scope, villageIds[2]!, { ethnicMinorityArea: false });
    await expectKept();
    expect(await kept(commune)).toContain(
      JSON.stringify({
        status: 'active',
        area: false,
        members: 1,
        women: 0,
        minority: 1,
        leaders: 0,
        supported: false,
        teams: 1,
      }),
    );
  });

  it('forgets a group whose last team is deleted, and leaves other communes alone', async () => {
    await insertTeam(t.db, systemScope(other), {
      villageId: (await listVillages(t.db, systemScope(other)))[0]!.id,
      name: 'Tổ khác',
    });
    const before = await kept(other);
    const gone = (await insertTeam(t.db, scope, { villageId: villageIds[3]!, name: 'Tổ tạm' })).id;
    await t.db.execute(`delete from teams where commune_id = ${commune} and id = '${gone}'`);
    await expectKept();
    expect(await kept(other)).toEqual(before);
    expect(await kept(other)).toHaveLength(1);
  });

  it('stays right when two transactions write teams of one commune at the same time', async () => {
    const a = await t.pool.connect();
    const b = await t.pool.connect();
    try {
      await a.query('begin');
      await b.query('begin');
      await a.query(`insert into teams (commune_id, village_id, name) values ($1, $2, 'Tổ song song A')`, [
        commune,
        villageIds[3],
      ]);
      // b's regrouping waits for a's lock; once a commits, b regroups with a's team in view
      const bInsert = b.query(`insert into teams (commune_id, village_id, name) values ($1, $2, 'Tổ song song B')`, [
        commune,
        villageIds[4],
      ]);
      // wait until b is really waiting (so the test proves the lock, not a lucky order), then let a commit
      const bPid = (await t.pool.query('select $1::int as pid', [(b as unknown as { processID: number }).processID]))
        .rows[0].pid;
      for (let i = 0; i < 200; i++) {
        const { rows } = await t.pool.query('select count(*)::int as n from pg_locks where pid = $1 and not granted', [
          bPid,
        ]);
        if (rows[0].n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const { rows: waiting } = await t.pool.query(
        'select count(*)::int as n from pg_locks where pid = $1 and not granted',
        [bPid],
      );
      expect(waiting[0].n).toBe(1);
      await a.query('commit');
      await bInsert;
      await b.query('commit');
    } finally {
      a.release();
      b.release();
    }
    await expectKept();
    const total = (await teamCountGroupsInScope(t.db, scope)).reduce((n, g) => n + g.teams, 0);
    const { rows } = await t.db.execute(`select count(*)::int as n from teams where commune_id = ${commune}`);
    expect(total).toBe(rows[0]!.n);
  });

  it("gives a province the sum of its communes' groups, and a village its own teams", async () => {
    const province = { kind: 'province', provinceCode: '99', communeIds: [commune, other] } as const;
    const groups = await teamCountGroupsInScope(t.db, province as never);
    const { rows } = await t.db.execute(
      `select count(*)::int as n from teams where commune_id in (${commune}, ${other})`,
    );
    expect(groups.reduce((n, g) => n + g.teams, 0)).toBe(rows[0]!.n);
    const village = { kind: 'village', communeId: commune, villageIds: [villageIds[2]!] } as const;
    expect(await teamCountGroupsInScope(t.db, village as never)).toEqual([
      {
        status: 'active',
        villageEthnicMinorityArea: false,
        members: 1,
        women: 0,
        ethnicMinorityMembers: 1,
        leaders: 0,
        supported: false,
        teams: 1,
      },
    ]);
  });
});
