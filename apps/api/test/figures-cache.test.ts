/**
 * Issue 13 (Speed): the in-process caches of the figures owed upward — a commune's Decision 315 dashboard of a year
 * and a province's roll-up of its communes' statistical reports — on two API instances over one database. For every
 * table the dashboard reads, a write straight into the database (as a script or another process would) is seen by
 * the other instance on its next read once the commit's notice has reached it (migration 0033's triggers), and the
 * answer is then exactly the figure computed afresh from the database; a repeated read is a cache hit; a write in a
 * second commune leaves the first commune's cached dashboard in place. The province's roll-up is forgotten by a
 * stored report written straight into the database, and at once in the instance that prepares one.
 */
import { randomUUID } from 'node:crypto';
import { communeDataCacheFor } from '@hgcs/api';
import { decision315Records } from '@hgcs/db';
import { buildDecision315Dashboard } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
let b: Awaited<ReturnType<Awaited<ReturnType<typeof startServer>>['secondInstance']>>;
type Client = ReturnType<typeof s.client>;
const as = {} as Record<'officer' | 'officerB' | 'provinceA' | 'provinceB', Client>;
const ids: Record<string, string> = {};
const year = 2026;
const statsB = () => communeDataCacheFor(b.db).stats();
const q = (text: string, values: unknown[] = []) => s.owner.pool.query(text, values);
const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};

/** Waits (≤ 5 s) until `check` holds: notices reach the listeners asynchronously. */
async function until(check: () => boolean) {
  for (let i = 0; i < 250 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

/** The commune's dashboard as the API answers it, computed afresh from the database (no cache). */
async function fresh(communeId = 24013) {
  const dashboard = buildDecision315Dashboard(await decision315Records(s.db, communeId, year));
  return JSON.parse(JSON.stringify({ communeCode: String(communeId), communeName: null, ...dashboard }));
}

async function mediatorIn(team: string, village: string, fullName: string, gender: 'male' | 'female') {
  const { id } = await as.officer.mediator.create.mutate({
    fullName,
    gender,
    birthYear: 1975,
    ethnicity: 'Jrai',
    residenceVillageId: village,
    personalDataBasis: 'public_task',
  });
  await as.officer.team.join.mutate({ teamId: team, mediatorId: id, joinedOn: '2026-02-01', ...yes });
  return id;
}

async function intake(team: string, receivedOn: string) {
  const { id } = await as.officer.case.intake.mutate({
    clientKey: randomUUID(),
    teamId: team,
    intake: { channel: 'walk_in' },
    requestedOn: receivedOn,
    receivedOn,
    category: 'civil',
    summary: 'Tranh chấp ranh giới đất vườn giữa hai hộ',
    parties: [
      { fullName: 'Rơ Châm Hyơn', address: 'Làng A' },
      { fullName: 'Ksor Blang', address: 'Làng A' },
    ],
    privacyNoticeVersion: 'pdp-notice-2026-01',
    privacyNoticeGiven: true,
  });
  return id;
}

beforeAll(async () => {
  s = await startServer({ now: new Date('2027-01-10T03:00:00Z') });
  b = await s.secondInstance();
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { communeId: null, provinceCode: '52', role: 'province_officer', username: 'stp' });
  as.officer = s.client(await s.signIn('tu-phap'));
  as.officerB = b.client(await s.signIn('tu-phap', b.url));
  as.provinceA = s.client(await s.signIn('stp'));
  as.provinceB = b.client(await s.signIn('stp', b.url));
  ids.village = (await as.officer.village.create.mutate({ name: 'Làng Một', kind: 'lang' })).id;
  ids.team = (await as.officer.team.create.mutate({ villageId: ids.village, name: 'Tổ Một' })).id;
  ids.teamTwo = (await as.officer.team.create.mutate({ villageId: ids.village, name: 'Tổ Hai' })).id;
  ids.leader = await mediatorIn(ids.team, ids.village, 'Rơ Mah Hlim', 'female');
  ids.member = await mediatorIn(ids.team, ids.village, 'Ksor Nhơ', 'male');
  ids.case = await intake(ids.team, '2026-03-04');
  const creator = (await q(`select id from users where username = 'tu-phap'`)).rows[0].id;
  ids.event = (
    await q(
      `insert into training_events (commune_id, title, starts_on, ends_on, place, kind, organiser_level,
         hours_per_day, uses_material_set, client_key, created_by)
       values (24013, 'Tập huấn kỹ năng hòa giải', '2026-05-10', '2026-05-10', 'Hội trường xã', 'training',
         'commune', 4, false, $1, $2) returning id`,
      [randomUUID(), creator],
    )
  ).rows[0].id;
  await q(
    `insert into training_attendance (commune_id, event_id, mediator_id, attended_on, hours)
     values (24013, $1, $2, '2026-05-10', 4)`,
    [ids.event, ids.leader],
  );
  await until(() => statsB().listening && communeDataCacheFor(s.db).stats().listening);
}, 180_000);
afterAll(() => s.close());

/** One write straight into the database per table the dashboard reads; each changes a figure it shows. */
const writes: [table: string, write: () => Promise<unknown>][] = [
  [
    'villages',
    () => q(`update villages set name = 'Làng Một Mới' where commune_id = 24013 and id = $1`, [ids.village]),
  ],
  ['teams', () => q(`update teams set status = 'dissolved' where commune_id = 24013 and id = $1`, [ids.teamTwo])],
  [
    'team_memberships',
    () =>
      q(
        `update team_memberships set left_on = '2026-09-01', left_reason = 'voluntary' where commune_id = 24013 and mediator_id = $1`,
        [ids.member],
      ),
  ],
  [
    'training_events',
    () => q(`update training_events set uses_material_set = true where commune_id = 24013 and id = $1`, [ids.event]),
  ],
  [
    'training_attendance',
    () => q(`delete from training_attendance where commune_id = 24013 and event_id = $1`, [ids.event]),
  ],
  [
    'training_trainers',
    () =>
      q(`insert into training_trainers (commune_id, event_id, position, name) values (24013, $1, 1, 'Ông Trần Bình')`, [
        ids.event,
      ]),
  ],
  [
    'cases',
    () =>
      q(
        `update cases set status = 'performed', assigned_on = received_on, started_on = received_on,
                ended_on = received_on, last_changed_on = received_on where commune_id = 24013 and id = $1`,
        [ids.case],
      ),
  ],
];

describe("the commune's dashboard", () => {
  it.each(writes)('is forgotten by a write to %s in the database, and answers the new figure', async (_, write) => {
    const read = () => as.officerB.kpi.dashboard.query({ year });
    const before = await read();
    expect(before).toEqual(await fresh());
    const { hits, misses } = statsB();
    expect(await read()).toEqual(before);
    expect(statsB()).toMatchObject({ hits: hits + 1, misses });

    const heard = statsB().notices;
    await write();
    await until(() => statsB().notices > heard);
    const after = await read();
    expect(after).toEqual(await fresh());
    expect(after).not.toEqual(before);
  });

  it('is forgotten at once in the instance that writes through the API (no notice awaited)', async () => {
    const read = () => as.officer.kpi.dashboard.query({ year });
    const before = await read();
    await intake(ids.team!, '2026-08-08');
    const after = await read();
    expect(after).toEqual(await fresh());
    expect(after).not.toEqual(before);
  });

  it("keeps the first commune's cached dashboard when a second commune's figures change", async () => {
    const read = (communeCode: string) => as.provinceB.kpi.dashboard.query({ year, communeCode });
    const first = await read('24013');
    const second = await read('24014');
    const { hits, misses } = statsB();
    const creator = (await q(`select id from users where username = 'stp'`)).rows[0].id;
    const heard = statsB().notices;
    const ev = await q(
      `insert into training_events (commune_id, title, starts_on, ends_on, place, kind, organiser_level,
         hours_per_day, client_key, created_by)
       values (24014, 'Tập huấn xã bên', '2026-06-01', '2026-06-01', 'Nhà văn hóa', 'training', 'commune', 4, $1, $2)
       returning id`,
      [randomUUID(), creator],
    );
    await q(`insert into training_trainers (commune_id, event_id, position, name) values (24014, $1, 1, 'Bà Lan')`, [
      ev.rows[0].id,
    ]);
    await until(() => statsB().notices > heard);
    expect(await read('24013')).toEqual(first); // from memory: the second commune's notice did not drop it
    expect(statsB().misses).toBe(misses); // (a province user's scope is read from the cache too: more than one hit)
    expect(statsB().hits).toBeGreaterThan(hits);
    const secondAfter = await read('24014');
    expect(secondAfter).not.toEqual(second);
    expect(secondAfter.commune).toEqual((await fresh(24014)).commune);
  });
});

describe("the province's roll-up", () => {
  const period = { year, kind: 'annual_official' as const };
  const stateOf = (p: { communes: { code: string; state: string }[] }, code: string) =>
    p.communes.find((c) => c.code === code)!.state;

  it('is kept, and forgotten by a report stored straight into the database', async () => {
    const read = () => as.provinceB.statistics.province.query(period);
    const before = await read();
    expect(stateOf(before, '24014')).toBe('not_started');
    const { hits, misses } = statsB();
    expect(await read()).toEqual(before);
    expect(statsB().misses).toBe(misses);
    expect(statsB().hits).toBeGreaterThan(hits);

    const creator = (await q(`select id from users where username = 'stp'`)).rows[0].id;
    const heard = statsB().notices;
    await q(
      `insert into statistical_reports (commune_id, year, period_kind, status, figures, prepared_by, prepared_at)
       values (24014, $1, 'annual_official', 'prepared', '{}'::jsonb, $2, now())`,
      [year, creator],
    );
    await until(() => statsB().notices > heard);
    expect(stateOf(await read(), '24014')).toBe('prepared');
  });

  it('is forgotten at once in the instance where a report is prepared through the API', async () => {
    const read = () => as.provinceA.statistics.province.query(period);
    expect(stateOf(await read(), '24013')).toBe('not_started');
    await as.officer.statistics.prepare.mutate(period);
    expect(stateOf(await read(), '24013')).toBe('prepared');
  });
});
