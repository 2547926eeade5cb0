/**
 * Issue 13, points 4–6 from the console's forms, in Chromium on the e2e clock (Monday 15 March 2027): the justice
 * officer sets up a contest (a rubric row without its maximum refused beside it), enters two teams (one naming a
 * mediator not yet recognised is refused with that person named; nothing saved), types the judges' sheets (a score
 * over its criterion's maximum refused beside it) and a performance's time over the limit, sees the ranking, awards a
 * prize (over the cap refused beside the amount) and issues its certificate, which a visitor verifies on `/verify`
 * without signing in. A reward proposal is written with evidence picked from the product, its route shown, its draft
 * decision downloaded, and the chairman decides it; the chairman is offered no contest or proposal forms. axe at
 * 1280 and 360 px on every page; screenshots with HGCS_SCREENSHOTS=<dir>.
 */
import { schema } from '@hgcs/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let outside: Browser;
let officer: Page;
let visitor: Page;
const password = 'mat-khau-e2e-hoi-thi-2027';
const ids: Record<string, string> = {};
const contestName = 'Hội thi hòa giải viên giỏi xã Pờ Tó năm 2027';
const teamName = 'Tổ hòa giải làng Ia Khen';

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });
const tick = (page: Page, field: string, name: string) =>
  page.locator(`input[name="${field}"][value="${ids[name]}"]`).check();

beforeAll(async () => {
  stack = await startStack();
  for (const [username, role] of [
    ['tuphap', 'justice_officer'],
    ['chutich', 'chairman'],
  ] as const)
    await insertEnrolledUser(
      stack.db,
      { communeId: 24013, username, displayName: username, role, agencyCode: 'office' },
      password,
    );
  const [village] = await stack.db
    .insert(schema.villages)
    .values({ communeId: 24013, name: 'Làng Ia Khen', kind: 'lang' })
    .returning();
  const [team] = await stack.db
    .insert(schema.teams)
    .values({ communeId: 24013, villageId: village!.id, name: teamName })
    .returning();
  // Six recognised mediators, and one whose recognition has not been decided yet.
  for (const [fullName, recognised] of [
    ['Rơ Mah Hiếu', true],
    ['Trần Thị Hoa', true],
    ['Siu Thơm', true],
    ['Ksor Blui', true],
    ['Rơ Châm Linh', true],
    ['Kpă Nghĩa', true],
    ['Nay Hlim', false],
  ] as const) {
    const [m] = await stack.db
      .insert(schema.mediators)
      .values({
        communeId: 24013,
        fullName,
        gender: 'male',
        birthYear: 1975,
        residenceVillageId: village!.id,
        personalDataBasis: 'public_task',
      })
      .returning();
    await stack.db.insert(schema.teamMemberships).values({
      communeId: 24013,
      teamId: team!.id,
      mediatorId: m!.id,
      joinedOn: '2026-04-01',
      recognitionDecisionNo: recognised ? '12/QĐ-UBND' : null,
      recognitionDecisionOn: recognised ? '2026-05-01' : null,
    });
    ids[fullName] = m!.id;
  }
  // A training day Rơ Mah Hiếu attended: evidence for the reward proposal.
  const [event] = await stack.db
    .insert(schema.trainingEvents)
    .values({
      communeId: 24013,
      title: 'Kỹ năng hòa giải tranh chấp đất đai',
      startsOn: '2027-03-10',
      endsOn: '2027-03-10',
      place: 'Hội trường UBND xã Pờ Tó',
      kind: 'training',
      organiserLevel: 'commune',
      hoursPerDay: 4,
      clientKey: crypto.randomUUID(),
      createdBy: crypto.randomUUID(),
    })
    .returning();
  await stack.db.insert(schema.trainingAttendance).values({
    communeId: 24013,
    eventId: event!.id,
    mediatorId: ids['Rơ Mah Hiếu']!,
    attendedOn: '2027-03-10',
    hours: 4,
  });
  browser = await launch();
  officer = await browser.context.newPage();
  await signInWithCode(officer, stack.admin, 'tuphap', password);
  outside = await launch();
  visitor = await outside.context.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await outside?.close();
  await stack?.stop();
});

describe('a contest run from the console', () => {
  it('sets up a contest: a rubric row without its maximum is refused beside it, then saved', async () => {
    await go(officer, '/contests?year=2027');
    await officer.getByRole('link', { name: 'Tạo hội thi' }).click();
    await officer.waitForURL(/\/contests\/new$/);
    await officer.getByLabel('Hội thi', { exact: true }).fill(contestName);
    await officer.getByLabel('Thời gian tối đa mỗi phần thi (phút)').fill('15');
    await officer.getByLabel('Điểm trừ mỗi phút quá giờ').fill('2');
    await officer.getByLabel('Tiêu chí 1', { exact: true }).fill('Kỹ năng hòa giải');
    await officer.getByLabel('Điểm tối đa tiêu chí 1').fill('40');
    await officer.getByLabel('Tiêu chí 2', { exact: true }).fill('Kiến thức pháp luật');
    await officer.getByLabel('Các vòng thi').fill('Chung kết');
    await officer.getByLabel('Giám khảo').fill('Giám khảo Một\nGiám khảo Hai');
    await officer.getByRole('button', { name: 'Lưu hội thi' }).click();
    await officer.locator('#rubric-1-max-error').waitFor();
    expect(officer.url()).toMatch(/\/contests\/new$/);
    await checkPage(officer, 'contest-new');
    await officer.getByLabel('Điểm tối đa tiêu chí 2').fill('30');
    await officer.getByRole('button', { name: 'Lưu hội thi' }).click();
    await officer.waitForURL(/\/contests\/[0-9a-f-]{36}\?created$/);
    await officer.getByRole('heading', { name: contestName }).waitFor();
    ids.contest = officer.url().split('/').pop()!.replace('?created', '');
    expect(await officer.locator('main').textContent()).toContain('Kỹ năng hòa giải (40); Kiến thức pháp luật (30)');
  });

  it('enters two teams; one naming an unrecognised mediator is refused with the person named', async () => {
    await officer.locator('#unitName').fill('Làng Ia Khen');
    await officer.getByLabel('Đội trưởng').selectOption({ label: 'Rơ Mah Hiếu' });
    for (const name of ['Rơ Mah Hiếu', 'Trần Thị Hoa', 'Siu Thơm']) await tick(officer, 'officialMemberIds', name);
    await officer.getByRole('button', { name: 'Thêm đội' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã thêm đội dự thi' }).waitFor();

    await officer.locator('#unitName').fill('Làng Plei Ròng');
    await officer.getByLabel('Đội trưởng').selectOption({ label: 'Ksor Blui' });
    for (const name of ['Ksor Blui', 'Rơ Châm Linh']) await tick(officer, 'officialMemberIds', name);
    const official = officer.getByRole('group', { name: 'Thành viên chính thức' });
    await official.getByText(/chưa được công nhận/).click();
    await tick(officer, 'officialMemberIds', 'Nay Hlim');
    await officer.getByRole('button', { name: 'Thêm đội' }).click();
    const refusal = officer.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Nay Hlim');
    expect(await official.getByTestId('field-error').textContent()).toContain('Nay Hlim');
    await checkPage(officer, 'contest-entry-refused');
    expect(await officer.getByTestId('results').locator('tbody tr').count()).toBe(1);
    // The form kept what was typed: untick the unrecognised mediator, tick a recognised one.
    await officer.locator(`input[name="officialMemberIds"][value="${ids['Nay Hlim']}"]`).uncheck();
    await tick(officer, 'officialMemberIds', 'Kpă Nghĩa');
    await officer.getByRole('button', { name: 'Thêm đội' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã thêm đội dự thi' }).waitFor();
    expect(await officer.getByTestId('results').locator('tbody tr').count()).toBe(2);
  });

  it('types the judges’ sheets (a score over the maximum refused beside it) and a time over the limit', async () => {
    const sheet = async (unit: string, judge: string, a: string, b: string) => {
      await officer.locator('#sheet-entry').selectOption({ label: unit });
      await officer.locator('#sheet-judge').selectOption({ label: judge });
      await officer.getByLabel('Kỹ năng hòa giải (tối đa 40)').fill(a);
      await officer.getByLabel('Kiến thức pháp luật (tối đa 30)').fill(b);
      await officer.getByRole('button', { name: 'Lưu phiếu chấm' }).click();
    };
    await sheet('Làng Ia Khen', 'Giám khảo Một', '45', '25');
    const error = officer.locator('#sheet-score-0-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('vượt điểm tối đa 40');
    await sheet('Làng Ia Khen', 'Giám khảo Một', '35', '25');
    await officer.getByRole('status').filter({ hasText: 'Đã lưu phiếu chấm' }).waitFor();
    await sheet('Làng Ia Khen', 'Giám khảo Hai', '33', '27');
    await officer.getByTestId('sheets').getByText('33 + 27 = 60').waitFor();
    await sheet('Làng Plei Ròng', 'Giám khảo Một', '36', '28');
    await officer.getByTestId('sheets').getByText('36 + 28 = 64').waitFor();
    await sheet('Làng Plei Ròng', 'Giám khảo Hai', '34', '28,5');
    await officer.getByTestId('sheets').getByText('34 + 28.5 = 62.5').waitFor();
    // 17 min 10 s against 15 min: three started minutes over, 2 points each.
    await officer.locator('#time-entry').selectOption({ label: 'Làng Plei Ròng' });
    await officer.getByLabel('Số phút').fill('17');
    await officer.getByLabel('Số giây').fill('10');
    await officer.getByRole('button', { name: 'Ghi thời gian' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã ghi thời gian' }).waitFor();
    const rows = officer.getByTestId('results').locator('tbody tr');
    await rows.first().filter({ hasText: 'Làng Ia Khen' }).waitFor();
    const cell = (row: number, label: string) => rows.nth(row).locator(`[data-label="${label}"]`).textContent();
    expect([await cell(0, 'Hạng'), await cell(0, 'Điểm trừ quá giờ'), await cell(0, 'Tổng điểm')]).toEqual([
      '1',
      '0',
      '60',
    ]);
    expect(await rows.nth(1).locator('th').textContent()).toBe('Làng Plei Ròng');
    expect([await cell(1, 'Hạng'), await cell(1, 'Điểm trừ quá giờ'), await cell(1, 'Tổng điểm')]).toEqual([
      '2',
      '6',
      '57.25',
    ]);
    await checkPage(officer, 'contest-ranked');
  });

  it('awards a prize within the cap (over it refused beside the amount) and issues its certificate', async () => {
    await officer.locator('#prize-entry').selectOption({ label: 'Làng Ia Khen' });
    await officer.getByLabel('Tiền thưởng (đồng)').fill('50.000.000');
    await officer.getByRole('button', { name: 'Trao giải', exact: true }).click();
    const error = officer.locator('#prize-amount-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('vượt mức tối đa');
    expect(await officer.getByTestId('results').locator('tbody tr').first().textContent()).not.toContain('Giải');
    await officer.getByLabel('Tiền thưởng (đồng)').fill('1.000.000');
    await officer.getByRole('button', { name: 'Trao giải', exact: true }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã trao giải' }).waitFor();
    expect(await officer.getByTestId('results').locator('tbody tr').first().textContent()).toContain(
      'Giải Nhất — 1.000.000 đ',
    );
    await officer.getByRole('button', { name: 'Cấp giấy chứng nhận' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã cấp giấy chứng nhận' }).waitFor();
    await checkPage(officer, 'contest-certificate');
    await go(officer, '/certificates?year=2027');
    const path = (await officer.getByTestId('verify-path').first().textContent())!.trim();
    expect(path).toMatch(/^\/verify#24013-[A-Za-z0-9_-]{22}$/);
    await visitor.goto(`${stack.kiosk}${path}`, { waitUntil: 'networkidle' });
    await visitor.getByRole('heading', { name: 'Giấy chứng nhận còn hiệu lực' }).waitFor();
    expect(await visitor.locator('main').textContent()).toContain(contestName);
  });
});

describe('a reward proposal written in the console', () => {
  it('picks the evidence the product offers, shows the route and refuses a proposal without achievements', async () => {
    await go(officer, '/rewards?year=2027');
    await officer.getByRole('link', { name: 'Lập đề nghị khen thưởng' }).click();
    await officer.waitForURL(/\/rewards\/new$/);
    await officer.getByLabel('Người/tập thể được đề nghị').selectOption({ label: `Rơ Mah Hiếu — ${teamName}` });
    await officer.getByRole('button', { name: 'Xem minh chứng' }).click();
    await officer.getByLabel(/Kỹ năng hòa giải tranh chấp đất đai/).check();
    await officer.getByLabel(`${contestName} — Làng Ia Khen`).check();
    expect(await officer.getByText(/Giấy khen của Chủ tịch UBND xã —/).textContent()).toContain(
      'Chủ tịch UBND xã quyết định',
    );
    expect(await officer.getByText(/Bằng khen của Chủ tịch UBND tỉnh —/).textContent()).toContain(
      'Xã đề nghị cấp trên khen thưởng',
    );
    await officer.getByRole('button', { name: 'Gửi đề nghị' }).click();
    const error = officer.locator('#achievements-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Nêu thành tích');
    expect(await officer.getByLabel(/Kỹ năng hòa giải tranh chấp đất đai/).isChecked()).toBe(true);
    await checkPage(officer, 'reward-new');
    await officer
      .getByLabel('Thành tích', { exact: true })
      .fill('Tích cực hòa giải, tham gia đầy đủ tập huấn, đội đạt giải Nhất hội thi.');
    await officer.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await officer.waitForURL(/\/rewards\/[0-9a-f-]{36}\?created$/);
    ids.reward = officer.url().split('/').pop()!.replace('?created', '');
    await officer.getByText('Kỹ năng hòa giải tranh chấp đất đai —').waitFor();
    await officer.getByText(`${contestName} — Làng Ia Khen`).waitFor();
    expect(await officer.locator('main').textContent()).toContain('Chủ tịch UBND xã quyết định');
    const docx = await officer.request.get(`${stack.admin}/decisions/reward/${ids.reward}.docx`);
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    await checkPage(officer, 'reward-created');
    await go(officer, '/rewards?year=2027&status=proposed');
    await officer.getByRole('link', { name: 'Rơ Mah Hiếu' }).waitFor();
    await checkPage(officer, 'rewards-by-status');
  });

  it('the chairman, offered no contest or proposal form, decides it', async () => {
    const chairman = await outside.context.newPage();
    await signInWithCode(chairman, stack.admin, 'chutich', password);
    await go(chairman, '/rewards?year=2027');
    expect(await chairman.getByRole('link', { name: 'Lập đề nghị khen thưởng' }).count()).toBe(0);
    await go(chairman, '/contests?year=2027');
    expect(await chairman.getByRole('link', { name: 'Tạo hội thi' }).count()).toBe(0);
    await chairman.getByRole('link', { name: contestName }).click();
    await chairman.getByTestId('results').waitFor();
    expect(await chairman.getByRole('button', { name: 'Thêm đội' }).count()).toBe(0);
    expect((await go(chairman, '/contests/new'))!.status()).toBe(403);
    expect((await go(chairman, '/rewards/new'))!.status()).toBe(403);
    await go(chairman, `/rewards/${ids.reward}`);
    await chairman.getByLabel('Số quyết định').fill('46/QĐ-UBND');
    await chairman.getByRole('button', { name: 'Ghi quyết định' }).click();
    await chairman.getByTestId('reward-status').filter({ hasText: 'Đã quyết định — 46/QĐ-UBND' }).waitFor();
    await go(chairman, '/rewards?year=2027&status=decided');
    await chairman.getByRole('link', { name: 'Rơ Mah Hiếu' }).waitFor();
  });
});
