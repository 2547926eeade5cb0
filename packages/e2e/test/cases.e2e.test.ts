/**
 * Issue 11 — a mediation case end to end in Chromium at 360 px (a team leader's phone), on the e2e clock: the team
 * leader records a walk-in neighbour dispute (a refusal first, each error beside its field), the system says it can be
 * mediated, two mediators are assigned while a third declines at the recusal prompt as a relative, one of the two
 * declines later, two sessions are recorded, a successful
 * agreement is refused while incomplete and then recorded and printed (DOCX), the follow-ups at 30 and 90 days and the
 * court-recognition countdown appear; the justice officer prints the logbook and the remuneration claim in which the
 * case is paid once. A team
 * leader of another team cannot open the case. axe on every page; screenshots with HGCS_SCREENSHOTS=<dir>.
 */
import { join } from 'node:path';
import { schema } from '@hgcs/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { axeViolations, launch } from './browser.ts';
import { docxText } from './docx-text.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let otherBrowser: Browser;
let leader: Page;
let caseUrl = '';
let teamAId = '';
const password = 'mat-khau-e2e-vu-viec-2026';
const phone = { width: 360, height: 740 };

async function checkPage(page: Page, name: string) {
  const shots = process.env.HGCS_SCREENSHOTS;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    expect(await axeViolations(page), `${name} at ${width}px`).toEqual([]);
    if (width === 360)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 360px`).toBeLessThanOrEqual(
        360,
      );
    if (shots) await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(phone);
}

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });

/** Two villages, a team in each, three mediators in team A and one in team B (the registry, as issue 10 keeps it). */
async function seedRegistry() {
  const communeId = 24013;
  const [a, b] = await stack.db
    .insert(schema.villages)
    .values([
      { communeId, name: 'Làng Vụ Việc A', kind: 'lang' },
      { communeId, name: 'Làng Vụ Việc B', kind: 'lang' },
    ])
    .returning({ id: schema.villages.id });
  const [teamA, teamB] = await stack.db
    .insert(schema.teams)
    .values([
      { communeId, villageId: a!.id, name: 'Tổ hòa giải Làng A' },
      { communeId, villageId: b!.id, name: 'Tổ hòa giải Làng B' },
    ])
    .returning({ id: schema.teams.id });
  const person = (fullName: string, gender: 'female' | 'male', village: string) => ({
    communeId,
    fullName,
    gender,
    birthYear: 1975,
    ethnicity: 'Jrai',
    ethnicMinority: true,
    residenceVillageId: village,
    personalDataBasis: 'public_task' as const,
  });
  const people = await stack.db
    .insert(schema.mediators)
    .values([
      person('Rơ Mah Hlim', 'female', a!.id),
      person('Siu Thắm', 'male', a!.id),
      person('Ksor Nhơn', 'male', a!.id),
      person('Nay Blum', 'male', b!.id),
    ])
    .returning({ id: schema.mediators.id });
  await stack.db.insert(schema.teamMemberships).values(
    people.map((p, i) => ({
      communeId,
      teamId: i < 3 ? teamA!.id : teamB!.id,
      mediatorId: p.id,
      role: i === 0 || i === 3 ? ('leader' as const) : ('member' as const),
      joinedOn: '2026-04-01',
    })),
  );
  return { teamA: teamA!.id, teamB: teamB!.id };
}

beforeAll(async () => {
  stack = await startStack();
  const { teamA, teamB } = await seedRegistry();
  teamAId = teamA;
  const user = (username: string, displayName: string, teamId: string) =>
    insertEnrolledUser(
      stack.db,
      { communeId: 24013, username, displayName, role: 'team_leader', agencyCode: null, teamId },
      password,
    );
  await user('totruong-a', 'Rơ Mah Hlim', teamA);
  await user('totruong-b', 'Nay Blum', teamB);
  await insertEnrolledUser(
    stack.db,
    {
      communeId: 24013,
      username: 'tuphap-vv',
      displayName: 'Cán bộ tư pháp',
      role: 'justice_officer',
      agencyCode: null,
      teamId: null,
    },
    password,
  );
  browser = await launch(phone);
  leader = await browser.context.newPage();
  await signInWithCode(leader, stack.admin, 'totruong-a', password);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await otherBrowser?.close();
  await stack?.stop();
});

describe('a mediation case on a team leader phone', () => {
  it('records a walk-in neighbour dispute, refusing a bad form beside its fields first', async () => {
    await go(leader, '/cases');
    await checkPage(leader, 'cases-empty');
    await leader.getByRole('link', { name: 'Tiếp nhận vụ việc' }).click();
    await leader.waitForURL(/\/cases\/new$/);
    await leader.getByLabel('Nội dung chủ yếu của vụ việc').fill('Lối đi');
    await leader.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await leader.locator('#privacy-error').waitFor();
    expect(await leader.locator('#privacy-error').textContent()).toContain('thông báo cho người yêu cầu');
    expect(await leader.locator('#p0Name-error').textContent()).toContain('Họ tên');
    await checkPage(leader, 'case-new-errors');
    await leader.getByLabel('Nội dung chủ yếu của vụ việc').fill('Tranh chấp lối đi chung giữa hai hộ liền kề');
    await leader.locator('#p0Name').fill('Rơ Châm Hyơn');
    await leader.locator('#p0Address').fill('Làng Vụ Việc A');
    await leader.locator('#p1Name').fill('Ksor Blang');
    await leader.locator('#p1Address').fill('Làng Vụ Việc A');
    await leader.getByLabel('Đã thông báo cho người yêu cầu', { exact: false }).check();
    await leader.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await leader.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = new URL(leader.url()).pathname;
    expect(await leader.getByTestId('case-status').textContent()).toContain('Mới tiếp nhận');
    expect(await leader.getByTestId('parties').textContent()).toContain('Rơ Châm Hyơn');
  });

  it('says the dispute can be mediated, and assigns two mediators with the recusal prompt', async () => {
    await leader.getByRole('button', { name: 'Xác định phạm vi' }).click();
    await leader.getByTestId('scope-decision').waitFor();
    expect(await leader.getByTestId('scope-decision').textContent()).toContain('có thể hòa giải');
    expect(await leader.getByTestId('recusal-prompt').textContent()).toContain(
      'Hòa giải viên có quan hệ họ hàng hoặc quyền lợi liên quan với một bên phải từ chối',
    );
    await checkPage(leader, 'case-screened');
    await leader.getByLabel('Phân công Rơ Mah Hlim').check();
    await leader.getByLabel('Phân công Siu Thắm').check();
    await leader.getByLabel('Phân công Ksor Nhơn').check();
    await leader.getByLabel('Từ chối của Ksor Nhơn').selectOption({ label: 'Có quan hệ họ hàng với một bên' });
    await leader.getByRole('button', { name: 'Phân công', exact: true }).click();
    await leader.getByTestId('countdown').waitFor();
    expect(await leader.getByTestId('countdown').textContent()).toContain('Hạn bắt đầu hòa giải: 18/03/2027');
    expect(await leader.getByTestId('countdown').textContent()).toContain('còn 3 ngày làm việc');
    await leader.locator('[data-mediator="Ksor Nhơn"]').getByText('(Có quan hệ họ hàng với một bên)').waitFor();
  });

  it('lets one mediator decline as a relative', async () => {
    const row = leader.locator('[data-mediator="Siu Thắm"]');
    await row.locator('summary').click();
    await row.getByLabel('Lý do').selectOption({ label: 'Có quan hệ họ hàng với một bên' });
    await row.getByRole('button', { name: 'Từ chối' }).click();
    await leader.locator('[data-mediator="Siu Thắm"]').getByText('(Có quan hệ họ hàng với một bên)').waitFor();
    await checkPage(leader, 'case-assigned');
  });

  it('records two sessions', async () => {
    for (const brief of ['Hai bên trình bày ý kiến', 'Thống nhất mở lại lối đi']) {
      const before = await leader
        .getByTestId('sessions')
        .locator('li')
        .count()
        .catch(() => 0);
      await leader.getByLabel('Địa điểm').fill('Nhà văn hóa Làng A');
      await leader.getByLabel('Tóm tắt ý kiến các bên, diễn biến').fill(brief);
      await leader.getByRole('button', { name: 'Ghi buổi hòa giải' }).click();
      await expect.poll(() => leader.getByTestId('sessions').locator('li').count()).toBe(before + 1);
    }
    expect(await leader.getByTestId('case-status').textContent()).toContain('Đang hòa giải');
    await checkPage(leader, 'case-sessions');
  });

  it('refuses an incomplete agreement naming what is missing, then records a successful one with its follow-ups', async () => {
    await leader.getByLabel('(a) Căn cứ tiến hành hòa giải').fill('Yêu cầu của bà Rơ Châm Hyơn');
    await leader.getByLabel('(c) Nội dung chủ yếu của vụ, việc').fill('Tranh chấp lối đi chung');
    await leader.getByLabel('(d) Diễn biến của quá trình hòa giải').fill('Hai buổi hòa giải tại nhà văn hóa');
    await leader.getByLabel('(đ) Thỏa thuận đạt được và giải pháp thực hiện').fill('Mở lại lối đi rộng 2 m');
    await leader.getByLabel('(e) Quyền và nghĩa vụ của các bên').fill('Hai bên cùng sử dụng lối đi');
    await leader.getByLabel('(g) Phương thức, thời hạn thực hiện thỏa thuận').fill('Trong 15 ngày');
    await leader.getByRole('button', { name: 'Ghi kết quả' }).click();
    await leader.locator('#agreement-error').waitFor();
    const missing = await leader.locator('#agreement-error').textContent();
    expect(missing).toContain('mục h');
    expect(missing).toContain('Rơ Châm Hyơn');
    await checkPage(leader, 'case-agreement-incomplete');
    for (const name of ['Rơ Châm Hyơn', 'Ksor Blang', 'Rơ Mah Hlim'])
      await leader
        .getByRole('combobox', { name, exact: true })
        .selectOption({ label: name === 'Ksor Blang' ? 'Điểm chỉ' : 'Ký' });
    await leader.getByRole('button', { name: 'Ghi kết quả' }).click();
    await leader.getByTestId('follow-ups').waitFor();
    expect(await leader.getByTestId('case-status').textContent()).toContain('Theo dõi thực hiện thỏa thuận');
    const followUps = await leader.getByTestId('follow-ups').textContent();
    expect(followUps).toContain('Sau 30 ngày — hạn 14/04/2027');
    expect(followUps).toContain('Sau 90 ngày — hạn 14/06/2027');
    expect(await leader.getByTestId('case-history').textContent()).toContain('Hòa giải thành');
    const agreement = await leader.getByTestId('agreement').textContent();
    expect(agreement).toContain('Mở lại lối đi rộng 2 m');
    expect(agreement).toContain('Ksor Blang: Điểm chỉ');
    // 15/03/2027 + 6 months = Wednesday 15/09/2027 (Civil Procedure Code Art. 418.1)
    expect(await leader.getByTestId('court-countdown').textContent()).toContain('hạn cuối 15/09/2027');
    await checkPage(leader, 'case-follow-ups');
    const [printed] = await Promise.all([
      leader.waitForEvent('download'),
      leader.getByRole('link', { name: 'Tải văn bản hòa giải thành (DOCX)' }).click(),
    ]);
    expect(printed.suggestedFilename()).toMatch(/^van-ban-hoa-giai-thanh-HG-[0-9A-Z]{4}-[0-9A-Z]{4}\.docx$/);
    const words = docxText(await readFile((await printed.path())!));
    expect(words).toContain('VĂN BẢN HÒA GIẢI THÀNH');
    for (const part of ['Rơ Châm Hyơn', 'Ksor Blang', 'Mở lại lối đi rộng 2 m']) expect(words).toContain(part);
    await go(leader, '/cases');
    expect(await leader.getByTestId('case-list').textContent()).toContain('Theo dõi thực hiện thỏa thuận');
    await checkPage(leader, 'cases');
  });

  it("shows the team's logbook of the year with its totals, and prints it as DOCX", async () => {
    await go(leader, `/teams/${teamAId}/logbook?year=2027`);
    expect(await leader.getByRole('heading', { level: 1 }).textContent()).toContain(
      'Sổ theo dõi hoạt động hòa giải ở cơ sở',
    );
    expect(await leader.getByTestId('logbook-rows').textContent()).toContain('Rơ Châm Hyơn');
    expect(await leader.getByTestId('logbook-totals').textContent()).toMatch(/Hòa giải thành\s*1/);
    await checkPage(leader, 'logbook');
    await leader.getByLabel('Lý do tải danh sách').selectOption('statistics_report');
    const [file] = await Promise.all([
      leader.waitForEvent('download'),
      leader.getByRole('button', { name: 'Tải sổ (Word)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('so-theo-doi-hoa-giai-2027.docx');
  });

  it('lets the justice officer print the remuneration claim in which the case is paid once', async () => {
    const officerBrowser = await launch(phone);
    try {
      const officer = await officerBrowser.context.newPage();
      await signInWithCode(officer, stack.admin, 'tuphap-vv', password);
      await go(officer, `/teams/${teamAId}/logbook?year=2027`);
      expect(await officer.getByTestId('logbook-rows').textContent()).toContain('Rơ Châm Hyơn');
      await officer.getByLabel('Lý do tải danh sách').selectOption('commune_confirmation');
      const [book] = await Promise.all([
        officer.waitForEvent('download'),
        officer.getByRole('button', { name: 'Tải sổ (Word)' }).click(),
      ]);
      expect(docxText(await readFile((await book.path())!))).toContain('Rơ Châm Hyơn');
      await go(officer, '/cases/claim?from=2027-03-01&to=2027-03-15');
      const code = (await leader.goto(`${stack.admin}${caseUrl}`),
      await leader.getByRole('heading', { level: 1 }).textContent())!.replace(
        /^.*(HG-[0-9A-Z]{4}-[0-9A-Z]{4}).*$/s,
        '$1',
      );
      expect(await officer.getByTestId('claim-lines').textContent()).toContain(code);
      await checkPage(officer, 'claim');
      const refused = await officer.request.post(`${stack.admin}/cases/claim/2027-03-01_2027-03-15.xlsx`, {
        form: { reason: 'Nộp UBND xã' },
        headers: { origin: stack.admin },
      });
      expect(refused.status()).toBe(400);
      expect(await refused.text()).toContain('Chọn lý do tải danh sách vụ việc');
      await officer.getByLabel('Lý do tải danh sách').selectOption('payment');
      const [file] = await Promise.all([
        officer.waitForEvent('download'),
        officer.getByRole('button', { name: 'Tải danh sách (Excel)' }).click(),
      ]);
      expect(file.suggestedFilename()).toBe('thu-lao-hoa-giai-2027-03-01-2027-03-15.xlsx');
      await officer.getByRole('button', { name: 'Ghi nhận đã thanh toán' }).click();
      await officer.getByText('Đã ghi nhận thanh toán 1 vụ việc.').waitFor();
      await go(officer, '/cases/claim?from=2027-03-01&to=2027-03-15');
      expect(await officer.getByTestId('claim-excluded').textContent()).toContain(
        `${code} — Đã thanh toán trong danh sách trước`,
      );
      await checkPage(officer, 'claim-paid');
      // A data-subject request about the case (point 10): recorded with its clock, answered once.
      await go(officer, '/cases');
      await officer.getByRole('link', { name: 'Yêu cầu về dữ liệu cá nhân' }).click();
      await officer.getByRole('heading', { name: 'Yêu cầu của chủ thể dữ liệu về hồ sơ vụ việc' }).waitFor();
      await officer.getByLabel('Người yêu cầu').fill('Rơ Châm Hyơn');
      await officer.getByLabel('Nội dung yêu cầu').fill('Xin xem dữ liệu của tôi trong hồ sơ');
      await officer.getByLabel('Mã vụ việc').fill('HG-2222-3333');
      await officer.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
      await officer.getByText('Không có vụ việc nào của xã mang mã HG-2222-3333.').waitFor();
      await officer.getByLabel('Mã vụ việc').fill(code);
      await officer.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
      await officer.getByText('Đã ghi nhận yêu cầu.').waitFor();
      const list = officer.getByTestId('dsr-list');
      expect(await list.textContent()).toContain(code);
      expect(await list.textContent()).toMatch(/Hạn trả lời/);
      await checkPage(officer, 'data-requests');
      expect(officer.url()).not.toContain('Hy');
      await officer.getByLabel('Nội dung trả lời').fill('Đã cho xem hồ sơ tại UBND xã');
      await officer.getByRole('button', { name: 'Ghi nhận trả lời' }).click();
      await list.getByText('Đã thực hiện').waitFor();
      await checkPage(officer, 'data-requests-answered');
      // A mediator's accident support request (point 9): a date after today refused beside its field, then injured
      // while mediating → eligible, listed with what may be paid.
      await go(officer, '/cases');
      await officer.getByRole('link', { name: 'Hỗ trợ hòa giải viên gặp tai nạn' }).click();
      await officer.getByRole('heading', { name: 'Hỗ trợ hòa giải viên gặp tai nạn, rủi ro', level: 1 }).waitFor();
      const fillAccident = async () => {
        await officer
          .getByLabel('Hòa giải viên', { exact: true })
          .selectOption({ label: 'Ksor Nhơn (Làng Vụ Việc A)' });
        await officer.getByLabel('Sự việc', { exact: true }).fill('Ngã xe trên dốc khi đến nhà đương sự hòa giải');
        await officer.getByLabel('Có thẻ bảo hiểm y tế').selectOption('yes');
      };
      await fillAccident();
      await officer.getByLabel('Ngày xảy ra').fill('2099-01-01');
      await officer.getByRole('button', { name: 'Ghi nhận đề nghị' }).click();
      await officer.locator('#accident-occurredOn[aria-invalid="true"]').waitFor();
      expect(await officer.locator('#accident-occurredOn-error').textContent()).toContain(
        'Ngày không được sau hôm nay',
      );
      expect(await officer.getByTestId('accident-list').count()).toBe(0);
      await checkPage(officer, 'accident-errors');
      // A fresh form: the date defaults to today.
      await go(officer, '/cases/accident-support');
      await fillAccident();
      await officer.getByRole('button', { name: 'Ghi nhận đề nghị' }).click();
      await officer.getByText('Đã ghi nhận đề nghị hỗ trợ.').waitFor();
      const accidents = officer.getByTestId('accident-list');
      expect(await accidents.textContent()).toContain('Đủ điều kiện hỗ trợ');
      expect(await accidents.textContent()).toContain('quỹ bảo hiểm y tế chi trả');
      await checkPage(officer, 'accident-support');
    } finally {
      await officerBrowser.close();
    }
  });

  it('is not shown to a team leader of another team', async () => {
    otherBrowser = await launch(phone);
    const other = await otherBrowser.context.newPage();
    await signInWithCode(other, stack.admin, 'totruong-b', password);
    const res = await go(other, caseUrl);
    expect(res?.status()).toBe(404);
    expect(await other.content()).not.toContain('Rơ Châm Hyơn');
    await go(other, '/cases');
    expect(await other.content()).toContain('Chưa có vụ việc nào.');
  });
});
