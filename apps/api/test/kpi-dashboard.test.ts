/**
 * The Decision 315/QĐ-TTg dashboard over real HTTP on real PostgreSQL (issue 13, point 8): each target of a year for
 * the commune and per village, computed from seeded teams, mediators, legal support, training and cases — a target
 * met and one not met, a village with no cases shows "no data" and never 0 %; the province reads each of its
 * communes; a year outside the phase and another commune are refused; roles without the right are refused.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
const as = {} as Record<'officer' | 'chairman' | 'front' | 'province' | 'other', Client>;
const ids: Record<string, string> = {};
const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};

async function mediatorIn(team: string, village: string, fullName: string, gender: 'male' | 'female', eth: string) {
  const { id } = await as.officer.mediator.create.mutate({
    fullName,
    gender,
    birthYear: 1975,
    ethnicity: eth,
    residenceVillageId: village,
    personalDataBasis: 'public_task',
  });
  await as.officer.team.join.mutate({ teamId: team, mediatorId: id, joinedOn: '2026-02-01', ...yes });
  return id;
}

async function caseOf(team: string, receivedOn: string, status: string) {
  const r = await as.officer.case.intake.mutate({
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
  if (status !== 'received')
    await s.owner.pool.query(
      `update cases set status = $2, assigned_on = received_on, started_on = received_on, ended_on = received_on,
              last_changed_on = received_on where commune_id = 24013 and id = $1`,
      [r.id, status],
    );
}

const q = (sqlText: string, values: unknown[] = []) => s.owner.pool.query(sqlText, values);

beforeAll(async () => {
  s = await startServer({ now: new Date('2027-01-10T03:00:00Z') });
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'chairman', username: 'chu-tich' });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq', agencyCode: 'fatherland_front' });
  await createUser(s.db, { communeId: null, provinceCode: '52', role: 'province_officer', username: 'stp' });
  await createUser(s.db, { communeId: 24014, role: 'chairman', username: 'chu-tich-khac' });
  for (const [who, username] of [
    ['officer', 'tu-phap'],
    ['chairman', 'chu-tich'],
    ['front', 'mttq'],
    ['province', 'stp'],
    ['other', 'chu-tich-khac'],
  ] as const)
    as[who] = s.client(await s.signIn(username));
  ids.villageA = (await as.officer.village.create.mutate({ name: 'Làng Một', kind: 'lang' })).id;
  ids.villageB = (await as.officer.village.create.mutate({ name: 'Làng Hai', kind: 'lang' })).id;
  ids.teamA = (await as.officer.team.create.mutate({ villageId: ids.villageA, name: 'Tổ Một' })).id;
  ids.teamB = (await as.officer.team.create.mutate({ villageId: ids.villageB, name: 'Tổ Hai' })).id;
  // Team A: three members, a woman, an ethnic-minority mediator and a leader — consolidated. Team B: one member.
  ids.leader = await mediatorIn(ids.teamA, ids.villageA, 'Rơ Mah Hlim', 'female', 'Jrai');
  await mediatorIn(ids.teamA, ids.villageA, 'Nguyễn Văn Tư', 'male', 'Kinh');
  await mediatorIn(ids.teamA, ids.villageA, 'Ksor Nhơ', 'male', 'Jrai');
  await mediatorIn(ids.teamB, ids.villageB, 'Siu Thắm', 'female', 'Ba Na');
  await q(`update team_memberships set role = 'leader' where commune_id = 24013 and mediator_id = $1`, [ids.leader]);
  // A legal supporter for team A: 1 of 2 teams (50 %, target ≥ 10 %).
  const sup = await q(
    `insert into legal_supporters (commune_id, full_name, kind) values (24013, 'Luật gia Đinh Văn Hòa', 'jurist')
     returning id`,
  );
  await q(`insert into team_legal_supports (commune_id, team_id, supporter_id) values (24013, $1, $2)`, [
    ids.teamA,
    sup.rows[0].id,
  ]);
  // A 2026 training that used the ministry's set, attended by the leader; one named trainer.
  const ev = await q(
    `insert into training_events (commune_id, title, starts_on, ends_on, place, kind, organiser_level, hours_per_day,
       uses_material_set, client_key, created_by)
     values (24013, 'Tập huấn kỹ năng hòa giải', '2026-05-10', '2026-05-10', 'Hội trường xã', 'training', 'commune',
       4, true, $1, $1) returning id`,
    [randomUUID()],
  );
  await q(
    `insert into training_trainers (commune_id, event_id, position, name) values (24013, $1, 1, 'Ông Trần Bình')`,
    [ev.rows[0].id],
  );
  await q(
    `insert into training_attendance (commune_id, event_id, mediator_id, attended_on, hours)
     values (24013, $1, $2, '2026-05-10', 4)`,
    [ev.rows[0].id, ids.leader],
  );
  // Team A's 2026 cases: 3 successful, 1 unsuccessful, 1 still open; one of 2025 (another year); team B none.
  for (const d of ['2026-02-03', '2026-03-04', '2026-04-05']) await caseOf(ids.teamA, d, 'successful');
  await caseOf(ids.teamA, '2026-06-06', 'unsuccessful');
  await caseOf(ids.teamA, '2026-07-07', 'received');
  await caseOf(ids.teamA, '2025-11-11', 'successful');
}, 180_000);
afterAll(() => s.close());

const byId = (rows: { id: string }[], id: string) => rows.find((r) => r.id === id)!;

describe('the commune’s Decision 315 targets for a year', () => {
  it('computes each target from the records, met and not met', async () => {
    const d = await as.chairman.kpi.dashboard.query({ year: 2026 });
    expect(d.year).toBe(2026);
    expect(d.communeCode).toBe('24013');
    expect(byId(d.commune, 'teams_consolidated')).toMatchObject({
      numerator: 1,
      denominator: 2,
      percent: 50,
      target: 100,
      status: 'not_met',
    });
    expect(byId(d.commune, 'teams_with_legal_support')).toMatchObject({
      numerator: 1,
      denominator: 2,
      target: 10,
      status: 'met',
    });
    expect(byId(d.commune, 'mediators_with_material_access')).toMatchObject({
      numerator: 1,
      denominator: 4,
      percent: 25,
      status: 'not_met',
    });
    // 3 successful of 5 received (60 %) and of 4 concluded (75 %): both under 85 %.
    expect(byId(d.commune, 'success_rate_of_received')).toMatchObject({ numerator: 3, denominator: 5, percent: 60 });
    expect(byId(d.commune, 'success_rate_of_concluded')).toMatchObject({
      numerator: 3,
      denominator: 4,
      percent: 75,
      target: 85,
      status: 'not_met',
    });
    expect(byId(d.commune, 'mediators_trained')).toMatchObject({ numerator: 1, denominator: 4, status: 'no_target' });
    expect(byId(d.commune, 'provincial_trainer_coverage')).toMatchObject({
      numerator: 1,
      denominator: 2,
      target: 1,
      status: 'met',
    });
  });

  it('shows a village without cases as no data, never 0 %', async () => {
    const d = await as.officer.kpi.dashboard.query({ year: 2026 });
    const b = d.villages.find((v) => v.id === ids.villageB)!;
    expect(b.name).toBe('Làng Hai');
    for (const id of ['success_rate_of_received', 'success_rate_of_concluded'])
      expect(byId(b.indicators, id)).toMatchObject({ denominator: 0, percent: null, status: 'no_data' });
    expect(byId(b.indicators, 'teams_consolidated')).toMatchObject({ numerator: 0, denominator: 1, status: 'not_met' });
    const a = d.villages.find((v) => v.id === ids.villageA)!;
    expect(byId(a.indicators, 'teams_consolidated')).toMatchObject({ percent: 100, status: 'met' });
    expect(byId(a.indicators, 'mediators_with_material_access')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(a.indicators.some((i) => i.id === 'provincial_trainer_coverage')).toBe(false);
  });

  it('counts only the year asked: 2025 has one case and nobody trained', async () => {
    const d = await as.officer.kpi.dashboard.query({ year: 2025 });
    expect(byId(d.commune, 'success_rate_of_received')).toMatchObject({ numerator: 1, denominator: 1, status: 'met' });
    expect(byId(d.commune, 'mediators_trained')).toMatchObject({ numerator: 0, percent: 0 });
    expect(byId(d.commune, 'provincial_trainer_coverage')).toMatchObject({ numerator: 0, status: 'not_met' });
  });

  it('is empty-handed, not zero, in a commune with nothing recorded', async () => {
    const d = await as.other.kpi.dashboard.query({ year: 2026 });
    expect(d.communeCode).toBe('24014');
    for (const i of d.commune) expect(i.status).toBe('no_data');
    expect(d.commune.every((i) => i.percent === null)).toBe(true);
  });
});

describe('the province and who may read it', () => {
  it('lets the province read each of its communes, named', async () => {
    const d = await as.province.kpi.dashboard.query({ year: 2026, communeCode: '24013' });
    expect(d.communeName).toBeTruthy();
    expect(byId(d.commune, 'teams_consolidated')).toMatchObject({ numerator: 1, denominator: 2 });
    expect((await failure(as.province.kpi.dashboard.query({ year: 2026 }))).status).toBe(404);
    expect((await failure(as.province.kpi.dashboard.query({ year: 2026, communeCode: '99999' }))).status).toBe(404);
  });
  it('refuses another commune and a year outside the phase, naming the field', async () => {
    expect(await failure(as.officer.kpi.dashboard.query({ year: 2026, communeCode: '24014' }))).toMatchObject({
      status: 403,
      domainCode: 'AUTH.FORBIDDEN',
    });
    const late = await failure(as.officer.kpi.dashboard.query({ year: 2031 }));
    expect(late).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(late.fields.year?.code).toBe('field.REPORT_YEAR_RANGE');
    const early = await failure(as.officer.kpi.dashboard.query({ year: 2023 }));
    expect(early.fields.year?.code).toBe('field.REPORT_YEAR_RANGE');
    const code = await failure(as.province.kpi.dashboard.query({ year: 2026, communeCode: 'xã' }));
    expect(code.fields.communeCode?.code).toBe('field.COMMUNE_CODE');
  });
  it('refuses a role without the right', async () => {
    expect((await failure(as.front.kpi.dashboard.query({ year: 2026 }))).status).toBe(403);
  });
});
