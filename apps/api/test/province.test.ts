/**
 * The province's view (issue 8.3), over real HTTP on real PostgreSQL: a province officer (Sở Tư pháp) sees every
 * commune of the province side by side and their overdue work, downloads any of their year reports, and changes
 * nothing in a commune (every commune procedure answers FORBIDDEN, with no audit row: no commune applies). A province
 * administrator onboards a commune from the data file's text; a line-precise problem writes nothing.
 */
import { readFileSync } from 'node:fs';
import { getCommune, listAudit, listWorkItems, seedCommune, updateWorkItem } from '@hgcs/db';
import { poToAgencies, poToPlan, poToVillages, systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
const planText = readFileSync(
  new URL('../../../packages/domain/src/plan/plans/po-to.plan.yaml', import.meta.url),
  'utf8',
);
const auditCount = async (communeId: number) => (await listAudit(s.db, systemScope(communeId), { limit: 200 })).length;

beforeAll(async () => {
  // 20 January 2027 in Vietnam: every 2026 item not done is overdue.
  s = await startServer({ now: new Date('2027-01-20T03:00:00Z') });
  await seedOtherCommune(s.db, '24014');
  // A commune of another province, which the officer of Gia Lai must not see.
  await seedCommune(s.db, {
    commune: { code: '26001', name: 'Xã Tỉnh Khác', provinceCode: '54', provinceName: 'Tỉnh Phú Yên' },
    villages: poToVillages,
    agencies: poToAgencies,
    plan: { ...poToPlan, communeCode: '26001' },
  });
  // Pờ Tó finishes one 2026 item.
  const [item] = await listWorkItems(s.db, systemScope(24013), { year: 2026 });
  await updateWorkItem(s.db, systemScope(24013), item!.id, item!.version, { status: 'done', progress: 100 });
  await createUser(s.db, { communeId: null, provinceCode: '52', role: 'province_officer', username: 'stp.canbo' });
  await createUser(s.db, { communeId: null, provinceCode: '52', role: 'province_admin', username: 'stp.quantri' });
  await createUser(s.db, { communeId: null, provinceCode: '54', role: 'province_officer', username: 'stp.phuyen' });
  await createUser(s.db, { role: 'office_staff', username: 'vp-poto' });
});
afterAll(() => s.close());

const as = async (username: string) => s.client(await s.signIn(username));

describe('province.communes', () => {
  it('shows every commune of the province side by side with this year’s progress, and no other province’s', async () => {
    const officer = await as('stp.canbo');
    const me = await officer.auth.me.query();
    expect(me).toMatchObject({
      communeId: null,
      communeName: null,
      provinceCode: '52',
      provinceName: 'Tỉnh Gia Lai',
      // the province view, and the non-personal reads (registry figures, mediator search, case counts, the Decision 315
      // dashboard) of its communes; the province's own amounts change data, so a second factor is due
      permissions: ['team.read', 'mediator.read', 'case.count', 'kpi.read', 'province.read', 'province.norms'],
      totpRequired: true,
    });
    expect((await officer.province.communes.query({})).year).toBe(2027);
    const view = await officer.province.communes.query({ year: 2026 });
    expect(view.year).toBe(2026);
    expect(view.communes.map((c) => c.code)).toEqual(['24013', '24014']);
    const [poto, other] = view.communes;
    expect(poto).toMatchObject({ name: 'Xã Pờ Tó', hasPlan: true, done: 1 });
    expect(other).toMatchObject({ name: 'Xã Khác', hasPlan: true, done: 0 });
    expect(poto!.total).toBe(other!.total);
    expect(poto!.progress!).toBeGreaterThan(other!.progress ?? 0);
    expect(other!.overdue).toBe(other!.total);
    expect(poto!.overdue).toBe(poto!.total - 1);
    expect((await (await as('stp.phuyen')).province.communes.query({})).communes.map((c) => c.code)).toEqual(['26001']);
  });
  it('groups overdue items by commune, then lead agency', async () => {
    const overdue = await (await as('stp.canbo')).province.overdue.query();
    expect(overdue.map((c) => c.code)).toEqual(['24013', '24014']);
    const other = overdue[1]!;
    expect(other.total).toBe(other.agencies.reduce((n, a) => n + a.items.length, 0));
    for (const agency of other.agencies) {
      expect(agency.name).not.toBe(agency.code);
      for (const item of agency.items) expect(item.dueDate < '2027-01-20').toBe(true);
    }
  });
  it('refuses a commune user', async () => {
    expect(await failure((await as('vp-poto')).province.communes.query({}))).toMatchObject({
      status: 403,
      domainCode: 'AUTH.FORBIDDEN',
    });
  });
});

describe('a province user changes nothing in a commune', () => {
  it('is refused every commune procedure, with no audit row in any commune', async () => {
    const officer = await as('stp.canbo');
    const before = [await auditCount(24013), await auditCount(24014)];
    const calls = [
      () => officer.plan.get.query(),
      () => officer.commune.get.query(),
      () => officer.workItem.list.query({ view: 'all' }),
      () => officer.user.list.query(),
      () => officer.team.create.mutate({ villageId: '00000000-0000-4000-8000-000000000000', name: 'Tổ của tỉnh' }),
      () => officer.village.create.mutate({ name: 'Làng Của Tỉnh', ethnicMinorityArea: true, households: 1 }),
    ];
    for (const call of calls)
      expect(await failure(call())).toMatchObject({ status: 403, domainCode: 'AUTH.FORBIDDEN' });
    expect([await auditCount(24013), await auditCount(24014)]).toEqual(before);
    expect(s.logs.some((line) => line.includes('"status":403'))).toBe(true);
  });
});

describe('year reports of the province’s communes', () => {
  const get = async (username: string, path: string) =>
    fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${await s.signIn(username)}` } });
  it('gives the officer any commune’s report of the province, audited in that commune', async () => {
    const before = await auditCount(24014);
    const response = await get('stp.canbo', '/exports/plan-year/2026.docx?commune=24014');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const [row] = await listAudit(s.db, systemScope(24014), { limit: 1 });
    expect(row).toMatchObject({ action: 'export.download', objectId: 'plan_report:2026.docx' });
    expect(await auditCount(24014)).toBe(before + 1);
    expect((await get('stp.canbo', '/exports/year-plan/2026.xlsx?commune=24013')).status).toBe(200);
  });
  it('answers "not found" for another province’s commune and 400 without a commune', async () => {
    expect((await get('stp.canbo', '/exports/plan-year/2026.docx?commune=26001')).status).toBe(404);
    expect((await get('stp.canbo', '/exports/plan-year/2026.docx')).status).toBe(400);
  });
  it('keeps a commune user to their own commune’s report', async () => {
    expect((await get('vp-poto', '/exports/plan-year/2026.docx')).status).toBe(200);
    expect((await get('vp-poto', '/exports/plan-year/2026.docx?commune=24014')).status).toBe(404);
  });
});

describe('province.addCommune', () => {
  const text = planText.replace(/communeCode: ['"]?24013['"]?/, 'communeCode: "24015"');
  it('refuses the officer (no onboarding right)', async () => {
    expect(
      await failure(
        (await as('stp.canbo')).province.addCommune.mutate({ code: '24015', name: 'Xã Ia Phí', planText: text }),
      ),
    ).toMatchObject({ status: 403 });
  });
  it('names the line of a problem in the data file and writes nothing', async () => {
    const admin = await as('stp.quantri');
    const broken = text.replace(/leadAgency: \w+/, 'leadAgency: khong_co');
    const f = await failure(admin.province.addCommune.mutate({ code: '24015', name: 'Xã Ia Phí', planText: broken }));
    expect(f).toMatchObject({ status: 400, domainCode: 'PLAN.FILE_INVALID' });
    expect(f.message).toMatch(/dòng \d+/);
    expect(await getCommune(s.db, 24015)).toBeUndefined();
  });
  it('creates the commune of the administrator’s province with its first administrator, audited with the actor', async () => {
    const admin = await as('stp.quantri');
    const created = await admin.province.addCommune.mutate({ code: '24015', name: 'Xã Ia Phí', planText: text });
    expect(created).toMatchObject({ status: 'created', code: '24015', username: 'admin.24015' });
    expect(await getCommune(s.db, 24015)).toMatchObject({ name: 'Xã Ia Phí', provinceCode: '52' });
    const rows = await listAudit(s.db, systemScope(24015), { limit: 10 });
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['commune.seed', 'user.create_first_admin']));
    expect(rows.every((r) => r.actor === 'Người dùng stp.quantri')).toBe(true);
    // Its first administrator signs in with the setup password shown once.
    const signIn = await s
      .client()
      .auth.signIn.mutate({ username: 'admin.24015', password: (created as { setupPassword: string }).setupPassword });
    expect(signIn.next).toBe('setup');
    // The officer sees three communes side by side now; an existing code changes nothing.
    expect((await (await as('stp.canbo')).province.communes.query({})).communes.map((c) => c.code)).toEqual([
      '24013',
      '24014',
      '24015',
    ]);
    expect(await admin.province.addCommune.mutate({ code: '24015', name: 'Xã Khác Tên', planText: text })).toEqual({
      status: 'exists',
      code: '24015',
    });
  });
});
