/**
 * The Ministry's statistical report over real HTTP on real PostgreSQL (issue 13, point 9): prepared from the
 * commune's cases, teams, mediators and remuneration of a Circular 03/2019 period; the validation rules block
 * approval naming the rule; prepared → approved (the chairman only, which locks it: later case changes do not move
 * its figures, preparing again is refused) → reopened with a reason (audited); the XLSX in the report's layout; the
 * province sees each commune's state and the roll-up of approved reports only; bad input, another commune and every
 * role without the right are refused.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
const as = {} as Record<'officer' | 'chairman' | 'office' | 'front' | 'leader' | 'province' | 'other', Client>;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const annual = { year: 2026, kind: 'annual_official' as const };
const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};

async function mediatorIn(
  team: string,
  village: string,
  fullName: string,
  gender: 'male' | 'female',
  ethnicity: string,
) {
  const { id } = await as.officer.mediator.create.mutate({
    fullName,
    gender,
    birthYear: 1975,
    ethnicity,
    residenceVillageId: village,
    personalDataBasis: 'public_task',
  });
  await as.officer.team.join.mutate({ teamId: team, mediatorId: id, joinedOn: '2026-04-01', ...yes });
  return id;
}

async function intake(receivedOn: string, category: string) {
  const r = await as.officer.case.intake.mutate({
    clientKey: randomUUID(),
    teamId: ids.team!,
    intake: { channel: 'walk_in' },
    requestedOn: receivedOn,
    receivedOn,
    category: category as 'civil',
    summary: 'Tranh chấp ranh giới đất vườn giữa hai hộ',
    parties: [
      { fullName: 'Rơ Châm Hyơn', address: 'Làng A' },
      { fullName: 'Ksor Blang', address: 'Làng A' },
    ],
    privacyNoticeVersion: 'pdp-notice-2026-01',
    privacyNoticeGiven: true,
  });
  return r.id;
}

/** Sets a case's state as the case file's steps would have left it (the report counts states, not steps). */
async function setCase(id: string, set: Record<string, string>) {
  const cols = Object.keys(set);
  await s.owner.pool.query(
    `update cases set ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} where commune_id = 24013 and id = $1`,
    [id, ...cols.map((c) => set[c]!)],
  );
}
const reportId = async () =>
  (
    await s.owner.pool.query<{ id: string }>(
      `select id from statistical_reports where commune_id = 24013 and year = 2026 and period_kind = 'annual_official'`,
    )
  ).rows[0]!.id;

beforeAll(async () => {
  s = await startServer({ now: new Date('2027-01-10T03:00:00Z') });
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'chairman', username: 'chu-tich' });
  await createUser(s.db, { role: 'office_staff', username: 'van-phong', agencyCode: 'office' });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq', agencyCode: 'fatherland_front' });
  await createUser(s.db, { communeId: null, provinceCode: '52', role: 'province_officer', username: 'stp' });
  await createUser(s.db, { communeId: 24014, role: 'chairman', username: 'chu-tich-khac' });
  for (const [who, username] of [
    ['officer', 'tu-phap'],
    ['chairman', 'chu-tich'],
    ['office', 'van-phong'],
    ['front', 'mttq'],
    ['province', 'stp'],
    ['other', 'chu-tich-khac'],
  ] as const) {
    tokens[who] = await s.signIn(username);
    as[who] = s.client(tokens[who]);
  }
  ids.village = (await as.officer.village.create.mutate({ name: 'Làng A', kind: 'lang' })).id;
  ids.village2 = (await as.officer.village.create.mutate({ name: 'Làng B', kind: 'lang' })).id;
  ids.team = (await as.officer.team.create.mutate({ villageId: ids.village, name: 'Tổ hòa giải A' })).id;
  ids.team2 = (await as.officer.team.create.mutate({ villageId: ids.village2, name: 'Tổ hòa giải B' })).id;
  await mediatorIn(ids.team, ids.village, 'Rơ Mah Hlim', 'female', 'Jrai');
  await mediatorIn(ids.team, ids.village, 'Nguyễn Văn Tư', 'male', 'Kinh');
  await mediatorIn(ids.team2, ids.village2, 'Siu Thắm', 'female', 'Ba Na');
  await createUser(s.db, { role: 'team_leader', username: 'to-truong', teamId: ids.team });
  as.leader = s.client(await s.signIn('to-truong'));
  ids.ok = await intake('2026-03-02', 'civil');
  ids.failed = await intake('2026-05-04', 'marriage_family');
  ids.ongoing = await intake('2026-11-20', 'interpersonal_conflict');
  ids.waiting = await intake('2026-12-01', 'civil');
  ids.outside = await intake('2026-06-01', 'civil');
  ids.lastYear = await intake('2025-12-30', 'civil');
  await setCase(ids.ok, {
    status: 'successful',
    assigned_on: '2026-03-03',
    started_on: '2026-03-05',
    ended_on: '2026-03-09',
    last_changed_on: '2026-03-09',
  });
  await setCase(ids.failed, {
    status: 'unsuccessful',
    assigned_on: '2026-05-05',
    started_on: '2026-05-06',
    ended_on: '2026-05-20',
    last_changed_on: '2026-05-20',
  });
  await setCase(ids.ongoing, {
    status: 'in_progress',
    assigned_on: '2026-11-21',
    started_on: '2026-11-22',
    last_changed_on: '2026-11-22',
  });
  await setCase(ids.outside, { status: 'out_of_scope', scope_decision: 'out_of_scope', closed_on: '2026-06-01' });
  await s.owner.pool.query(
    `insert into case_paid_claims (commune_id, case_id, period_from, period_to, amount_vnd, paid_on)
     values (24013, $1, '2026-03-01', '2026-03-31', 300000, '2026-04-10')`,
    [ids.ok],
  );
}, 180_000);
afterAll(() => s.close());

describe('preparing the report from the period’s records', () => {
  it('is not started until prepared', async () => {
    expect(await as.chairman.statistics.report.query(annual)).toMatchObject({
      state: 'not_started',
      figures: null,
      period: { from: '2026-01-01', to: '2026-12-31', actualTo: '2026-12-31' },
    });
  });
  it('fills the annual report from the cases, teams, mediators and money of 2026', async () => {
    const r = await as.officer.statistics.prepare.mutate(annual);
    expect(r.state).toBe('prepared');
    expect(r.violations).toEqual([]);
    expect(r.figures!.organisation).toMatchObject({
      villages: expect.any(Number),
      teams: 2,
      mediators: {
        total: 3,
        male: 1,
        female: 2,
        kinh: 1,
        ethnicMinority: 2,
        byEthnicGroup: { Jrai: 1, Kinh: 1, 'Ba Na': 1 },
      },
    });
    expect(r.figures!.activity.received).toEqual({
      total: 4,
      successful: 1,
      unsuccessful: 1,
      inProgress: 1,
      notHandled: 1,
    });
    expect(r.figures!.activity.byScope.civil).toEqual({
      total: 2,
      successful: 1,
      unsuccessful: 0,
      inProgress: 0,
      notHandled: 1,
    });
    expect(r.figures!.activity.byScope.marriage_family.unsuccessful).toBe(1);
    expect(r.figures!.activity.byScope.other.inProgress).toBe(1);
    expect(r.figures!.activity.outOfScopeReferred).toBe(1);
    expect(r.figures!.activity.successRate).toEqual({ ofReceived: 0.25, ofConcluded: 0.5 });
    expect(r.figures!.remunerationPaidVnd).toBe(300_000);
    const audit = (
      await listAuditFor(s.db, systemScope(24013), 'statistical_report', r.figures ? await reportId() : '')
    )[0];
    expect(audit).toMatchObject({ action: 'statistics.prepare', after: { year: 2026, received: 4, successful: 1 } });
    expect(JSON.stringify(audit)).not.toMatch(/Hyơn|Blang|Hlim/);
  });
  it('counts the six-month period to its last day of actual data (31/05)', async () => {
    const r = await as.office.statistics.prepare.mutate({ year: 2026, kind: 'six_month' });
    expect(r.period).toEqual({ from: '2026-01-01', to: '2026-06-30', actualTo: '2026-05-31' });
    expect(r.figures!.activity.received).toMatchObject({ total: 2, successful: 1, unsuccessful: 1 });
    expect(r.figures!.activity.outOfScopeReferred).toBe(0);
  });
  it('refuses bad input naming the field, and stores nothing', async () => {
    const late = await failure(as.officer.statistics.prepare.mutate({ year: 2031, kind: 'annual_official' }));
    expect(late).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(late.fields.year?.code).toBe('field.REPORT_YEAR_RANGE');
    const kind = await failure(as.officer.statistics.prepare.mutate({ year: 2026, kind: 'quarter' as never }));
    expect(kind.status).toBe(400);
    expect(kind.fields.kind).toBeDefined();
    expect((await as.officer.statistics.report.query({ year: 2027, kind: 'annual_official' })).state).toBe(
      'not_started',
    );
  });
});

describe('who may do what', () => {
  it('refuses each role without the right, and another commune sees only its own', async () => {
    expect((await failure(as.front.statistics.report.query(annual))).status).toBe(403);
    expect((await failure(as.leader.statistics.prepare.mutate(annual))).status).toBe(403);
    expect((await failure(as.officer.statistics.approve.mutate(annual))).status).toBe(403);
    expect(
      (await failure(as.office.statistics.reopen.mutate({ ...annual, reason: 'Sửa số liệu vụ việc' }))).status,
    ).toBe(403);
    expect((await failure(as.chairman.statistics.prepare.mutate(annual))).status).toBe(403);
    expect((await failure(as.province.statistics.prepare.mutate(annual))).status).toBe(403);
    expect((await failure(as.officer.statistics.province.query(annual))).status).toBe(403);
    expect((await as.other.statistics.report.query(annual)).state).toBe('not_started');
    expect(await failure(as.other.statistics.approve.mutate(annual))).toMatchObject({
      status: 409,
      domainCode: 'KPI.REPORT_NOT_PREPARED',
    });
    expect((await as.chairman.statistics.report.query(annual)).state).toBe('prepared');
  });
  it('does not let another commune download the report', async () => {
    const res = await fetch(`${s.url}/exports/statistics/2026-annual_official.xlsx`, {
      headers: { authorization: `Bearer ${tokens.other}` },
    });
    expect(res.status).toBe(409);
  });
});

describe('the province before approval', () => {
  it('sees the commune as prepared and rolls up nothing', async () => {
    const p = await as.province.statistics.province.query(annual);
    expect(p.communes.find((c) => c.code === '24013')).toMatchObject({ state: 'prepared' });
    expect(p.communes.find((c) => c.code === '24014')).toMatchObject({ state: 'not_started' });
    expect(p.rollup.communes).toBe(0);
    expect(p.rollup.activity.received.total).toBe(0);
    expect(JSON.stringify(p)).not.toMatch(/byEthnicGroup":\{"Jrai/);
  });
});

describe('approval locks the report', () => {
  it('the chairman approves; the figures stay when cases change later; preparing again is refused', async () => {
    const r = await as.chairman.statistics.approve.mutate(annual);
    expect(r.state).toBe('approved');
    expect(r.approvedAt).toBeTruthy();
    await setCase(ids.waiting!, {
      status: 'successful',
      assigned_on: '2026-12-02',
      started_on: '2026-12-03',
      ended_on: '2026-12-04',
      last_changed_on: '2026-12-04',
    });
    expect((await as.chairman.statistics.report.query(annual)).figures!.activity.received.successful).toBe(1);
    expect(await failure(as.officer.statistics.prepare.mutate(annual))).toMatchObject({
      status: 409,
      domainCode: 'KPI.REPORT_LOCKED',
    });
    expect((await failure(as.chairman.statistics.approve.mutate(annual))).domainCode).toBe('KPI.REPORT_LOCKED');
    expect((await as.chairman.statistics.report.query(annual)).figures!.activity.received.successful).toBe(1);
  });
  it('the province sees it approved and rolled up', async () => {
    const p = await as.province.statistics.province.query(annual);
    expect(p.communes.find((c) => c.code === '24013')).toMatchObject({ state: 'approved' });
    expect(p.rollup.communes).toBe(1);
    expect(p.rollup.activity.received).toMatchObject({ total: 4, successful: 1, unsuccessful: 1 });
    expect(p.rollup.activity.successRate.ofConcluded).toBe(0.5);
    expect(p.rollup.remunerationPaidVnd).toBe(300_000);
  });
  it('downloads the approved report as XLSX in the report’s layout, audited', async () => {
    const res = await fetch(`${s.url}/exports/statistics/2026-annual_official.xlsx`, {
      headers: { authorization: `Bearer ${tokens.chairman}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const org = book.getWorksheet('Biểu 1 - Tổ chức')!;
    const act = book.getWorksheet('Biểu 2 - Kết quả')!;
    expect(String(org.getCell('A1').value)).toContain('năm (số liệu chính thức) năm 2026');
    expect(String(org.getCell('A1').value)).not.toContain('DỰ THẢO');
    const orgRows = org.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(orgRows).toContainEqual(['3', 'Số hòa giải viên', 3]);
    expect(orgRows).toContainEqual(['3.5', '  Có trình độ chuyên môn luật', 'Chưa ghi nhận']);
    expect(act.getRow(3).values).toEqual([undefined, 'Tổng số vụ, việc tiếp nhận', 4, 1, 1, 1, 1]);
    const bad = await fetch(`${s.url}/exports/statistics/2026-quarter.xlsx`, {
      headers: { authorization: `Bearer ${tokens.chairman}` },
    });
    expect(bad.status).toBe(404);
    const front = await fetch(`${s.url}/exports/statistics/2026-annual_official.xlsx`, {
      headers: { authorization: `Bearer ${tokens.front}` },
    });
    expect(front.status).toBe(403);
  });
});

describe('reopening', () => {
  it('needs a reason, goes back to prepared, is audited, and the next preparation counts the change', async () => {
    const short = await failure(as.chairman.statistics.reopen.mutate({ ...annual, reason: 'sai' }));
    expect(short.fields.reason?.code).toBe('field.REOPEN_REASON');
    expect((await as.chairman.statistics.report.query(annual)).state).toBe('approved');
    const r = await as.chairman.statistics.reopen.mutate({
      ...annual,
      reason: 'Bổ sung vụ việc hòa giải thành tháng 12',
    });
    expect(r).toMatchObject({ state: 'prepared', reopenedReason: 'Bổ sung vụ việc hòa giải thành tháng 12' });
    const audit = await listAuditFor(s.db, systemScope(24013), 'statistical_report', await reportId());
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['statistics.prepare', 'statistics.approve', 'statistics.reopen']),
    );
    // The reason is kept on the report; the audit row, which can never be erased, records only that it was given.
    expect(audit.find((a) => a.action === 'statistics.reopen')!.after).toMatchObject({ reason: '[changed]' });
    expect(
      (await failure(as.chairman.statistics.reopen.mutate({ ...annual, reason: 'Mở lại lần thứ hai' }))).domainCode,
    ).toBe('KPI.REPORT_NOT_APPROVED');
    const again = await as.officer.statistics.prepare.mutate(annual);
    expect(again.figures!.activity.received).toMatchObject({ successful: 2, notHandled: 0 });
    const p = await as.province.statistics.province.query(annual);
    expect(p.communes.find((c) => c.code === '24013')!.state).toBe('prepared');
    expect(p.rollup.communes).toBe(0);
  });
});

describe('validation rules block approval', () => {
  it('refuses to approve a report breaking "successful + unsuccessful ≤ received", naming the rule', async () => {
    await s.owner.pool.query(
      `update statistical_reports set figures = jsonb_set(figures, '{activity,received,successful}', '9') where id = $1`,
      [await reportId()],
    );
    const view = await as.chairman.statistics.report.query(annual);
    expect(view.violations.map((v) => v.rule)).toContain('KPI.RULE_CONCLUDED_EXCEEDS_RECEIVED');
    const refused = await failure(as.chairman.statistics.approve.mutate(annual));
    expect(refused).toMatchObject({ status: 400, domainCode: 'KPI.RULE_CONCLUDED_EXCEEDS_RECEIVED' });
    expect(refused.message).toContain('thành + không thành ≤ tiếp nhận');
    expect((await as.chairman.statistics.report.query(annual)).state).toBe('prepared');
  });
});

describe('remuneration in the budget (issue 13, point 7)', () => {
  it('counts the remuneration paid for cases as spent in its year, clause 17, state budget', async () => {
    const y2026 = await as.chairman.budget.year.query({ year: 2026 });
    expect(y2026.remuneration).toEqual({ paidVnd: 300_000, cases: 1 });
    expect(y2026.summary.total.spentVnd).toBe(300_000);
    expect(y2026.summary.byCategory).toContainEqual(
      expect.objectContaining({ category: 'grassroots_mediation', spentVnd: 300_000 }),
    );
    expect(y2026.summary.bySource).toContainEqual(
      expect.objectContaining({ source: 'state_budget', spentVnd: 300_000 }),
    );
    const y2025 = await as.chairman.budget.year.query({ year: 2025 });
    expect(y2025.remuneration).toEqual({ paidVnd: 0, cases: 0 });
    expect(y2025.summary.total.spentVnd).toBe(0);
    expect((await as.other.budget.year.query({ year: 2026 })).remuneration.paidVnd).toBe(0);
  });
});
