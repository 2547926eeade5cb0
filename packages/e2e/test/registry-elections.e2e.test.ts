/**
 * Issue 10, points 4–5 in Chromium on the e2e clock (Monday 15 March 2027): the justice officer runs a mediator
 * election in one village (an impossible vote count is refused beside its row first), the page shows who is
 * elected and the chairman's deadline in working days; the chairman records the recognition decision and downloads
 * it (the DOCX names the elected); the team then counts its members, gets its leader by election and recognition,
 * and the dashboard's "teams consolidated" figure follows. Ending the only woman's service shows the composition
 * warning before it is confirmed. axe at 1280 and 360 px on every new page, no sideways scrolling at 360 px;
 * screenshots with HGCS_SCREENSHOTS=<dir>.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { docxText } from './docx-text.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let chairmanBrowser: Browser;
let officer: Page;
let chairman: Page;
let teamPath = '';
const password = 'mat-khau-e2e-bau-cu-2026';

async function checkPage(page: Page, name: string) {
  const shots = process.env.HGCS_SCREENSHOTS;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    expect(await axeViolations(page), `${name} at ${width}px`).toEqual([]);
    if (width === 360)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 360px`).toBeLessThanOrEqual(
        360,
      );
    if (shots) await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });

async function addMediator(fullName: string, gender: 'Nữ' | 'Nam', birthYear: string, ethnicity: string) {
  await go(officer, '/mediators/new');
  await officer.getByLabel('Họ và tên').fill(fullName);
  await officer.getByLabel('Giới tính').selectOption({ label: gender });
  await officer.getByLabel('Năm sinh').fill(birthYear);
  await officer.getByLabel('Dân tộc').fill(ethnicity);
  await officer.getByLabel('Thôn, làng nơi thường trú').selectOption({ label: 'Làng Ia Bầu' });
  await officer.getByRole('button', { name: 'Lưu' }).click();
  await officer.waitForURL(/\/mediators\/[0-9a-f-]{36}$/);
}

const teamsFigure = async (page: Page) => {
  await go(page, '/');
  return page.getByTestId('teams-figure').textContent();
};

beforeAll(async () => {
  stack = await startStack();
  for (const [username, displayName, role] of [
    ['tuphap', 'Lê Thị Tư Pháp', 'justice_officer'],
    ['chutich', 'Ksor Thu', 'chairman'],
  ] as const)
    await insertEnrolledUser(
      stack.db,
      { communeId: 24013, username, displayName, role, agencyCode: role === 'chairman' ? null : 'office' },
      password,
    );
  browser = await launch();
  officer = await browser.context.newPage();
  await signInWithCode(officer, stack.admin, 'tuphap', password);
  chairmanBrowser = await launch();
  chairman = await chairmanBrowser.context.newPage();
  await signInWithCode(chairman, stack.admin, 'chutich', password);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await chairmanBrowser?.close();
  await stack?.stop();
});

describe('a village elects its mediators and the chairman recognises them', () => {
  it('prepares a village, its team and the people who stand', async () => {
    await go(officer, '/villages');
    await officer.getByLabel('Tên', { exact: true }).last().fill('Làng Ia Bầu');
    await officer.getByRole('button', { name: 'Thêm thôn, làng' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await go(officer, '/teams');
    await officer.getByLabel('Thôn, làng').selectOption({ label: 'Làng Ia Bầu' });
    await officer.getByLabel('Tên tổ').fill('Tổ hòa giải làng Ia Bầu');
    await officer.getByRole('button', { name: 'Thành lập tổ hòa giải' }).click();
    await officer.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
    teamPath = new URL(officer.url()).pathname;
    await addMediator('Trần Thị Hoa', 'Nữ', '1982', 'Kinh');
    await addMediator('Rơ Mah Hiếu', 'Nam', '1975', 'Jrai');
    await addMediator('Nguyễn Văn Ba', 'Nam', '1968', 'Kinh');
    await addMediator('Lê Văn Dũng', 'Nam', '1979', 'Kinh');
    expect(await teamsFigure(officer)).toContain('0/1 tổ');
  });

  it('refuses an impossible count beside its row, then records the election and shows the deadline', async () => {
    await go(officer, teamPath);
    await officer.getByRole('link', { name: 'Bầu hòa giải viên, tổ trưởng' }).click();
    await officer.waitForURL(/\/elections$/);
    await officer.getByLabel('Ngày bầu').first().fill('2027-03-08');
    await officer.getByLabel('Tổng số hộ gia đình của thôn').fill('100');
    await officer.getByLabel('Số hộ tham gia (dự họp hoặc gửi phiếu)').fill('80');
    await officer.getByLabel('Số hòa giải viên cần bầu').fill('3');
    await officer.getByLabel('Ngày Chủ tịch UBND xã nhận danh sách (không bắt buộc)').fill('2027-03-10');
    await officer.getByLabel('Số phiếu đồng ý: Trần Thị Hoa').fill('90');
    await officer.getByLabel('Số phiếu đồng ý: Rơ Mah Hiếu').fill('60');
    await officer.getByRole('button', { name: 'Ghi kết quả bầu hòa giải viên' }).click();
    const error = officer.getByTestId('field-error').first();
    await error.waitFor();
    expect(await error.textContent()).toContain('vượt số hộ tham gia (80)');
    expect(await officer.getByLabel('Số phiếu đồng ý: Trần Thị Hoa').getAttribute('aria-invalid')).toBe('true');
    expect(await officer.getByTestId('election').count()).toBe(0);
    await checkPage(officer, 'election-form-errors');

    await officer.getByLabel('Số phiếu đồng ý: Trần Thị Hoa').fill('70');
    await officer.getByLabel('Số phiếu đồng ý: Nguyễn Văn Ba').fill('55');
    await officer.getByLabel('Số phiếu đồng ý: Lê Văn Dũng').fill('30');
    await officer.getByRole('button', { name: 'Ghi kết quả bầu hòa giải viên' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã ghi kết quả bầu.' }).waitFor();
    const election = officer.getByTestId('election');
    expect(await election.getByTestId('outcome').textContent()).toContain('Đã bầu đủ số hòa giải viên cần bầu');
    for (const name of ['Trần Thị Hoa', 'Rơ Mah Hiếu', 'Nguyễn Văn Ba'])
      expect(await election.locator(`[data-candidate="${name}"]`).textContent()).toContain('Trúng cử');
    expect(await election.locator('[data-candidate="Lê Văn Dũng"]').textContent()).toContain('Không trúng cử');
    // received Wed 10/3 → due Wed 17/3; on Mon 15/3 two working days are left
    expect(await election.getByTestId('deadline').textContent()).toContain('Hạn công nhận: 17/03/2027');
    expect(await election.getByTestId('deadline').textContent()).toContain('còn 2 ngày làm việc');
    expect(await officer.getByRole('button', { name: 'Ghi nhận quyết định công nhận' }).count()).toBe(0);
    await checkPage(officer, 'elections');
  });

  it('lets the chairman record the recognition and download the decision with the names', async () => {
    await go(chairman, `${teamPath}/elections`);
    await chairman.getByLabel('Số quyết định').fill('21/QĐ-UBND');
    await chairman.getByLabel('Ngày quyết định').fill('2027-03-15');
    await checkPage(chairman, 'elections-chairman');
    await chairman.getByRole('button', { name: 'Ghi nhận quyết định công nhận' }).click();
    await chairman.getByTestId('recognised').waitFor();
    expect(await chairman.getByTestId('recognised').textContent()).toContain(
      'Quyết định số 21/QĐ-UBND ngày 15/03/2027',
    );
    const href = await chairman.getByRole('link', { name: 'Tải quyết định (DOCX)' }).first().getAttribute('href');
    const response = await chairman.request.get(`${stack.admin}${href}`);
    expect(response.status()).toBe(200);
    const text = docxText(await response.body());
    for (const line of [
      'Số: 21/QĐ-UBND',
      'Về việc công nhận hòa giải viên',
      'Trần Thị Hoa',
      'Rơ Mah Hiếu',
      'Nguyễn Văn Ba',
    ])
      expect(text).toContain(line);
    expect(text).not.toContain('Lê Văn Dũng');

    await go(officer, teamPath);
    for (const name of ['Trần Thị Hoa', 'Rơ Mah Hiếu', 'Nguyễn Văn Ba'])
      expect(await officer.locator(`[data-member="${name}"]`).textContent()).toContain('21/QĐ-UBND');
    const compliance = await officer.getByTestId('team-compliance').textContent();
    expect(compliance).toContain('Chưa đủ thành phần');
    expect(await teamsFigure(officer)).toContain('0/1 tổ'); // no leader yet
  });

  it('elects the team leader; once recognised the team is consolidated and the dashboard counts it', async () => {
    await go(officer, `${teamPath}/elections`);
    await officer.locator('#leader-held').fill('2027-03-15');
    await officer.getByLabel('Rơ Mah Hiếu — Số phiếu đồng ý').fill('3');
    await officer.getByRole('button', { name: 'Ghi kết quả bầu tổ trưởng' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã ghi kết quả bầu tổ trưởng.' }).waitFor();
    expect(await officer.getByTestId('leader-election').textContent()).toContain('Người trúng cử: Rơ Mah Hiếu');

    await go(chairman, `${teamPath}/elections`);
    const leader = chairman.getByTestId('leader-election');
    await leader.getByLabel('Số quyết định').fill('22/QĐ-UBND');
    await leader.getByRole('button', { name: 'Ghi nhận quyết định công nhận' }).click();
    await chairman.getByRole('status').filter({ hasText: 'Đã ghi nhận quyết định công nhận tổ trưởng.' }).waitFor();

    await go(officer, teamPath);
    expect(await officer.locator('[data-member="Rơ Mah Hiếu"]').textContent()).toContain('Tổ trưởng');
    expect(await officer.getByTestId('team-compliance').textContent()).toContain('Đủ thành phần');
    await checkPage(officer, 'team-after-election');
    expect(await teamsFigure(officer)).toContain('1/1 tổ');
  });

  it('warns that ending the only woman’s service breaks the composition, before it is confirmed', async () => {
    await go(chairman, teamPath);
    await chairman.getByRole('link', { name: 'Cho thôi làm hòa giải viên: Trần Thị Hoa' }).click();
    await chairman.waitForURL(/\/terminate\/[0-9a-f-]{36}$/);
    const impact = await chairman.getByTestId('termination-impact').textContent();
    expect(impact).toContain('Cảnh báo: sau khi người này thôi, tổ sẽ không còn đủ thành phần');
    expect(impact).toContain('nữ');
    expect(await teamsFigure(officer)).toContain('1/1 tổ'); // nothing changed yet
    await checkPage(chairman, 'termination');
    await chairman.getByLabel('Căn cứ', { exact: true }).selectOption({ value: 'voluntary' });
    await chairman.getByLabel('Số quyết định').fill('30/QĐ-UBND');
    await chairman.getByRole('button', { name: 'Xác nhận cho thôi làm hòa giải viên' }).click();
    await chairman.getByRole('status').filter({ hasText: 'Đã ghi quyết định cho thôi làm hòa giải viên.' }).waitFor();
    await checkPage(chairman, 'termination-done');
    const href = await chairman.getByRole('link', { name: 'Tải quyết định (DOCX)' }).getAttribute('href');
    const text = docxText(await (await chairman.request.get(`${stack.admin}${href}`)).body());
    expect(text).toContain('Cho bà Trần Thị Hoa, sinh năm 1982');
    expect(await teamsFigure(officer)).toContain('0/1 tổ');
  });
});
