/**
 * The province's own amounts over real HTTP on real PostgreSQL (issue 11 point 9, issue 13 point 7; Circular
 * 56/2023/TT-BTC Art. 3.17.a, 5.1): the Department of Justice sets the remuneration per case from a day and spending
 * norms from a year; a commune's claim pays each case at the amounts in force on the day it ended and names the
 * resolution; a commune's budget line is checked against the province's norm in force, else the circular's. A commune
 * officer cannot set them, another province's officer neither sees nor changes them, and each change is audited in
 * every commune of the province.
 */
import { ensureProvince, listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
const as: Record<'province' | 'otherProvince' | 'officer' | 'leader' | 'budget', Client> = {} as never;
const ids: Record<string, string> = {};
const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};

async function mediatorIn(fullName: string) {
  const { id } = await as.officer.mediator.create.mutate({
    fullName,
    gender: 'female',
    birthYear: 1970,
    ethnicity: 'Jrai',
    residenceVillageId: ids.village!,
    personalDataBasis: 'public_task',
  });
  await as.officer.team.join.mutate({ teamId: ids.team!, mediatorId: id, joinedOn: '2026-04-01', ...yes });
  return id;
}

/** A case mediated successfully by m1 and m2, ended on `endedOn` (after a session on 03/03/2027). */
async function successfulCase(endedOn: string) {
  const { id } = await as.leader.case.intake.mutate({
    clientKey: randomUUID(),
    teamId: ids.team!,
    intake: { channel: 'walk_in' as const },
    requestedOn: '2027-03-01',
    receivedOn: '2027-03-01',
    category: 'interpersonal_conflict' as const,
    summary: 'Mâu thuẫn giữa hai hộ về nước tưới',
    parties: [
      { fullName: 'Rơ Lan Hnhiê', birthYear: 1980, address: 'Làng Mức chi' },
      { fullName: 'Kpă Thuyên', address: 'Làng Mức chi' },
    ],
    privacyNoticeVersion: 'pdp-notice-2027-01',
    privacyNoticeGiven: true as const,
  });
  await as.leader.case.screen.mutate({ caseId: id, on: '2027-03-02', dispute: { category: 'interpersonal_conflict' } });
  await as.leader.case.assign.mutate({
    caseId: id,
    on: '2027-03-02',
    mediators: [{ mediatorId: ids.m1! }, { mediatorId: ids.m2! }],
  });
  const parties = (await as.leader.case.get.query({ id })).personal!.parties.map((p) => p.id);
  await as.leader.case.recordSession.mutate({
    caseId: id,
    clientKey: randomUUID(),
    heldOn: '2027-03-03',
    place: 'Nhà rông',
    durationMinutes: 60,
    mediatorIds: [ids.m1!, ids.m2!],
    partyIds: parties,
    summary: 'Hai bên trình bày',
  });
  await as.leader.case.recordOutcome.mutate({
    caseId: id,
    result: {
      outcome: 'successful',
      endedOn,
      writtenAgreement: {
        basis: 'Yêu cầu của bà Rơ Lan Hnhiê',
        matterSummary: 'Mâu thuẫn về nước tưới',
        mediationCourse: 'Một buổi hòa giải tại nhà rông',
        agreementAndMeasures: 'Hai hộ chia lượt lấy nước',
        rightsAndObligations: 'Cùng giữ mương',
        performanceMethodAndTime: 'Từ ngày 15/03/2027',
        signatures: [
          { signerId: parties[0]!, mark: 'signature' },
          { signerId: parties[1]!, mark: 'fingerprint' },
          { signerId: ids.m1!, mark: 'signature' },
          { signerId: ids.m2!, mark: 'signature' },
        ],
      },
    },
  });
  return id;
}

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  await ensureProvince(s.db, { code: '54', name: 'Tỉnh Phú Yên' });
  await createUser(s.db, { communeId: null, provinceCode: '52', role: 'province_officer', username: 'stp.canbo' });
  await createUser(s.db, { communeId: null, provinceCode: '54', role: 'province_officer', username: 'stp.phuyen' });
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'budget_officer', username: 'ke-toan', agencyCode: 'office' });
  for (const [who, user] of [
    ['province', 'stp.canbo'],
    ['otherProvince', 'stp.phuyen'],
    ['officer', 'tu-phap'],
    ['budget', 'ke-toan'],
  ] as const)
    as[who] = s.client(await s.signIn(user));
  ids.village = (await as.officer.village.create.mutate({ name: 'Làng Mức chi', kind: 'lang' })).id;
  ids.team = (await as.officer.team.create.mutate({ villageId: ids.village, name: 'Tổ hòa giải Mức chi' })).id;
  ids.m1 = await mediatorIn('Siu H Prăk');
  ids.m2 = await mediatorIn('Rcom H Bia');
  await createUser(s.db, { role: 'team_leader', username: 'to-truong-mc', teamId: ids.team });
  as.leader = s.client(await s.signIn('to-truong-mc'));
}, 180_000);
afterAll(() => s.close());

const first = {
  resolution: 'Nghị quyết 10/2026/NQ-HĐND tỉnh Gia Lai',
  effectiveFrom: '2027-01-01',
  successfulVnd: 350_000,
  otherVnd: 250_000,
};
const second = {
  resolution: 'Nghị quyết 3/2027/NQ-HĐND tỉnh Gia Lai',
  effectiveFrom: '2027-03-10',
  successfulVnd: 380_000,
  otherVnd: 280_000,
  teamMonthlyVnd: 120_000,
};

describe('the province’s remuneration amounts', () => {
  it('refuses an amount above the circular’s maximum, naming the field and the article, and writes nothing', async () => {
    const f = await failure(as.province.province.setRemuneration.mutate({ ...first, successfulVnd: 450_000 }));
    expect(f).toMatchObject({
      status: 400,
      domainCode: 'BUDGET.PROVINCE_AMOUNT_ABOVE_CIRCULAR',
      params: { field: 'successfulVnd', cap: 400_000, source: 'Thông tư 56/2023/TT-BTC Art. 3.17.a' },
    });
    expect(f.message).toContain('vượt mức tối đa 400.000 đồng');
    expect((await as.province.province.norms.query()).remuneration).toEqual([]);
  });

  it('refuses a commune officer and leaves another province’s untouched', async () => {
    expect(await failure(as.officer.province.setRemuneration.mutate(first))).toMatchObject({ status: 403 });
    expect(
      await failure(
        as.budget.province.setSpendingNorms.mutate({ resolution: 'NQ 1', year: 2027, caps: { leaflet: 1 } }),
      ),
    ).toMatchObject({ status: 403 });
    await as.otherProvince.province.setRemuneration.mutate({
      ...first,
      resolution: 'NQ Phú Yên',
      successfulVnd: 100_000,
    });
    expect((await as.province.province.norms.query()).remuneration).toEqual([]);
  });

  it('sets two amounts in force from different days, each audited in every commune of the province', async () => {
    await as.province.province.setRemuneration.mutate(first);
    const again = await as.province.province.setRemuneration.mutate(first); // a retry replaces, never duplicates
    await as.province.province.setRemuneration.mutate(second);
    const view = await as.province.province.norms.query();
    expect(view.remuneration.map((r) => [r.effectiveFrom, r.caps.mediator_remuneration_successful])).toEqual([
      ['2027-03-10', 380_000],
      ['2027-01-01', 350_000],
    ]);
    expect(view.remuneration[1]!.id).toBe(again.id);
    expect(view.circular).toEqual({ successfulVnd: 400_000, otherVnd: 300_000, teamMonthlyVnd: 150_000 });
    for (const commune of [24013, 24014]) {
      const rows = await listAuditFor(s.db, systemScope(commune), 'province_norms', again.id);
      expect(rows.map((r) => r.action)).toEqual(['province.set_remuneration', 'province.set_remuneration']);
    }
    expect((await as.otherProvince.province.norms.query()).remuneration.map((r) => r.resolution)).toEqual([
      'NQ Phú Yên',
    ]);
  });

  it('pays each case of a claim at the amounts in force on the day it ended, naming the resolution', async () => {
    const before = await successfulCase('2027-03-05');
    const after = await successfulCase('2027-03-12');
    const claim = await as.officer.case.claim.query({ from: '2027-03-01', to: '2027-03-15' });
    const line = (id: string) => claim.lines.find((l) => l.caseId === id)!;
    expect(line(before)).toMatchObject({ rateVnd: 350_000, totalVnd: 350_000, capReference: first.resolution });
    expect(line(after)).toMatchObject({ rateVnd: 380_000, totalVnd: 380_000, capReference: second.resolution });
    expect(line(after).shares.map((x) => x.amountVnd)).toEqual([190_000, 190_000]);
    expect(claim.totalVnd).toBe(730_000);
  });
});

describe('the province’s spending norms', () => {
  const leaflet = {
    clientKey: '',
    year: 2027,
    kind: 'spent' as const,
    source: 'state_budget' as const,
    category: 'special_materials' as const,
    norm: 'leaflet' as const,
    unitAmountVnd: 1_200_000,
    quantity: 1,
    on: '2027-02-04',
    planTaskId: null,
    description: 'In tờ gấp về hòa giải ở cơ sở',
  };
  it('checks a line against the circular before any, and says so', async () => {
    const year = await as.budget.budget.year.query({ year: 2027 });
    expect(year.norms).toMatchObject({ source: 'circular_56', effectiveFrom: null });
    await as.budget.budget.addLine.mutate({ ...leaflet, clientKey: randomUUID() });
  });
  it('refuses a line allowed by the circular once a stricter province norm is in force, naming cap and resolution', async () => {
    await as.province.province.setSpendingNorms.mutate({
      resolution: 'Nghị quyết 5/2027/NQ-HĐND tỉnh Gia Lai',
      year: 2027,
      caps: { leaflet: 1_000_000 },
    });
    const lines = (await as.budget.budget.year.query({ year: 2027 })).lines.length;
    const f = await failure(as.budget.budget.addLine.mutate({ ...leaflet, clientKey: randomUUID() }));
    expect(f).toMatchObject({
      status: 400,
      domainCode: 'BUDGET.OVER_CAP',
      params: { field: 'unitAmountVnd', cap: 1_000_000, source: 'Nghị quyết 5/2027/NQ-HĐND tỉnh Gia Lai' },
    });
    expect(f.message).toContain('1.200.000');
    expect(f.message).toContain('vượt mức tối đa 1.000.000 đồng');
    const year = await as.budget.budget.year.query({ year: 2027 });
    expect(year.lines).toHaveLength(lines);
    expect(year.norms).toMatchObject({ source: 'province', resolution: 'Nghị quyết 5/2027/NQ-HĐND tỉnh Gia Lai' });
    // a year before the resolution keeps the circular's
    expect((await as.budget.budget.year.query({ year: 2026 })).norms.source).toBe('circular_56');
  });
  it('allows a line the circular refuses under a more generous province norm (flagged above the circular)', async () => {
    const big = { ...leaflet, year: 2028, on: '2028-02-04', unitAmountVnd: 1_700_000 };
    const refused = await failure(as.budget.budget.addLine.mutate({ ...big, clientKey: randomUUID() }));
    expect(refused).toMatchObject({ domainCode: 'BUDGET.OVER_CAP', params: { cap: 1_000_000 } }); // 2027's in force
    const set = await as.province.province.setSpendingNorms.mutate({
      resolution: 'Nghị quyết 1/2028/NQ-HĐND tỉnh Gia Lai',
      year: 2028,
      caps: { leaflet: 1_800_000 },
    });
    expect(set.aboveCircular).toEqual(['leaflet']);
    expect(await as.budget.budget.addLine.mutate({ ...big, clientKey: randomUUID() })).toMatchObject({ added: true });
    const f = await failure(
      as.budget.budget.addLine.mutate({ ...big, unitAmountVnd: 1_800_001, clientKey: randomUUID() }),
    );
    expect(f.message).toContain('vượt mức tối đa 1.800.000 đồng');
  });
  it('gives another province’s communes nothing of it', async () => {
    expect((await as.otherProvince.province.norms.query()).spending).toEqual([]);
  });
});
