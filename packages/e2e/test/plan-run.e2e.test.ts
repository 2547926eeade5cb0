/**
 * Running the plan in the console: the office updates its item of task 1 and attaches a PDF, the plan's progress
 * follows, the Fatherland Front comments but cannot update, the chairman signs the year off (the item locks) and
 * downloads the year's report, the kiosk shows citizens the new progress; every new page passes axe and fits a 360 px phone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { e2eYear } from './clock.ts';
import { lazySession } from './lazy-session.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
const browsers: Browser[] = [];
const dir = mkdtempSync(join(tmpdir(), 'hgcs-plan-run-'));
const password = 'mat-khau-e2e-ke-hoach-2026';
const year = e2eYear; // the console's default year: this year by the stack's API clock
const users = [
  { username: 'vanphong', displayName: 'Trần Thị Văn', role: 'office_staff', agencyCode: 'office' },
  { username: 'mattran', displayName: 'Lê Văn Mặt', role: 'front_viewer', agencyCode: 'fatherland_front' },
  { username: 'chutich', displayName: 'Nguyễn Văn Chủ', role: 'chairman', agencyCode: 'office' },
] as const;

async function signIn(username: string): Promise<Page> {
  const browser = await launch();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await signInWithCode(page, stack.admin, username, password);
  return page;
}

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function fitsPhone(page: Page, path: string) {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const valueOf = async (page: Page, name: string) =>
  Number(await page.getByRole('progressbar', { name, exact: true }).getAttribute('aria-valuenow'));

// Each user signs in when a test first needs them (lazy-session.ts): a failed sign-in fails those tests only.
const asOfficer = lazySession(() => signIn(users[0].username));
const asFront = lazySession(() => signIn(users[1].username));
const asChairman = lazySession(() => signIn(users[2].username));

/** The office's item of task 1 this year (found again if the test that opened it failed). */
let itemUrl = '';
async function officeItemUrl(): Promise<string> {
  if (itemUrl) return itemUrl;
  const officer = await asOfficer();
  await officer.goto(`${stack.admin}/work?view=mine&year=${year}`, { waitUntil: 'networkidle' });
  itemUrl = new URL(
    (await officer.locator('li.work-row[data-task="1"] a.work-title').getAttribute('href'))!,
    stack.admin,
  ).href;
  return itemUrl;
}

beforeAll(async () => {
  stack = await startStack();
  for (const u of users) await insertEnrolledUser(stack.db, { communeId: 24013, ...u }, password);
});
afterAll(async () => {
  for (const b of browsers) await b.close();
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('running the plan', () => {
  let groupBefore = 0;

  it('shows reminders on the dashboard and the plan with progress per group and task', async () => {
    const officer = await asOfficer();
    await officer.getByRole('heading', { name: 'Nhắc việc' }).waitFor();
    await expectAccessible(officer);
    await officer.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await officer.waitForURL(`${stack.admin}/plan`);
    expect(await officer.locator('#year-select').inputValue()).toBe(String(year));
    groupBefore = await valueOf(officer, `Tiến độ nhóm 1 — Năm ${year}`);
    expect(await valueOf(officer, `Tiến độ nhiệm vụ 1 — Năm ${year}`)).toBeLessThan(100);
    await expectAccessible(officer);
  });

  it('lets the office mark its item of task 1 done and attach a PDF that downloads', async () => {
    const officer = await asOfficer();
    await officer.getByRole('link', { name: 'Công việc', exact: true }).click();
    await officer.getByRole('link', { name: 'Việc của tôi' }).click();
    await officer.waitForURL(/\/work\?view=mine/);
    expect(await officer.getByRole('link', { name: 'Việc của tôi' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(officer);
    await officer.locator('li.work-row[data-task="1"] a.work-title').click();
    await officer.waitForURL(/\/work\/[0-9a-f-]{36}$/);
    itemUrl = officer.url();
    await expectAccessible(officer);
    const stale = await officer.context().newPage();
    await stale.goto(itemUrl, { waitUntil: 'networkidle' });

    await officer.getByLabel('Trạng thái').selectOption({ label: 'Hoàn thành' });
    await officer.getByLabel('Ghi chú').fill('Đã tổ chức hội nghị quán triệt Đề án 315 cho cán bộ và các thôn.');
    await officer.getByRole('button', { name: 'Lưu cập nhật' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã lưu cập nhật.' }).waitFor();
    expect(await officer.locator('.facts .badge').textContent()).toContain('Hoàn thành');
    await officer.getByRole('cell', { name: /Trạng thái: Chưa bắt đầu → Hoàn thành/ }).waitFor();

    // The same item, read before that save: the optimistic lock refuses and says to reload.
    await stale.getByLabel('Tiến độ (%)').fill('30');
    await stale.getByRole('button', { name: 'Lưu cập nhật' }).click();
    await expect.poll(() => stale.getByRole('alert').textContent()).toContain('Vui lòng tải lại trang');
    await stale.getByRole('alert').getByRole('link', { name: 'Tải lại trang' }).waitFor();
    await expectAccessible(stale);
    await stale.close();

    const pdf = join(dir, 'bien-ban.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await officer.getByLabel(/^Tệp \(PDF/).setInputFiles(pdf);
    await officer.locator('#evidence-label').fill('Biên bản hội nghị quán triệt');
    await officer.getByRole('button', { name: 'Tải lên' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã tải tệp lên.' }).waitFor();
    const link = officer.getByRole('link', { name: /Biên bản hội nghị quán triệt/ });
    const [download] = await Promise.all([officer.waitForEvent('download'), link.click()]);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await expectAccessible(officer);
  });

  it('shows task 1 at 100 % for the year, and its group higher than before', async () => {
    const officer = await asOfficer();
    await officer.goto(`${stack.admin}/plan?year=${year}`, { waitUntil: 'networkidle' });
    expect(await valueOf(officer, `Tiến độ nhiệm vụ 1 — Năm ${year}`)).toBe(100);
    expect(await valueOf(officer, `Tiến độ nhóm 1 — Năm ${year}`)).toBeGreaterThan(groupBefore);
    expect(await officer.locator('article[data-task="1"] .progress-value').textContent()).toBe('100%');
    await officer.goto(`${stack.admin}/plan?year=all`, { waitUntil: 'networkidle' });
    expect(
      await officer.getByRole('progressbar', { name: 'Tiến độ chung — Tất cả các năm', exact: true }).count(),
    ).toBe(1);
  });

  it('shows the timeline with words and symbols, not colour alone', async () => {
    const officer = await asOfficer();
    await officer.getByRole('link', { name: 'Tiến độ', exact: true }).click();
    await officer.waitForURL(`${stack.admin}/timeline`);
    const column = (await officer.locator('table.timeline thead th').allTextContents()).findIndex((text) =>
      text.startsWith(String(year)),
    );
    expect(column).toBeGreaterThan(0);
    expect(
      await officer
        .locator('tr[data-task="1"] td')
        .nth(column - 1)
        .textContent(),
    ).toContain('✓ đã xong');
    await officer.getByRole('heading', { name: 'Chú giải' }).waitFor();
    await expectAccessible(officer);
  });

  it('records a request once even when the form is sent twice', async () => {
    const officer = await asOfficer();
    await officer.goto(`${stack.admin}/work/request`, { waitUntil: 'networkidle' });
    await expectAccessible(officer);
    await officer.getByLabel('Cơ quan, người yêu cầu').fill('Phòng Tư pháp');
    await officer.getByLabel('Nội dung, lý do yêu cầu').fill('Rà soát quy định về chế độ cho hòa giải viên');
    await officer.locator('#request-due').fill(`${year}-12-20`);
    await officer.locator('form[action="?/request"]').evaluate((form: HTMLFormElement) => {
      form.requestSubmit();
      form.requestSubmit();
    });
    await officer.waitForURL(/\/work\/[0-9a-f-]{36}$/);
    await officer.getByText('Phòng Tư pháp', { exact: true }).waitFor();
    await officer.goto(`${stack.admin}/work?view=all&year=${year}`, { waitUntil: 'networkidle' });
    expect(await officer.locator('li.work-row[data-task="4a"]').count()).toBe(1);
    await expectAccessible(officer);
    for (const view of ['overdue', 'due_soon']) {
      await officer.goto(`${stack.admin}/work?view=${view}`, { waitUntil: 'networkidle' });
      await expectAccessible(officer);
    }
  });

  it('lets the Fatherland Front comment, but not update', async () => {
    const front = await asFront();
    const itemUrl = await officeItemUrl();
    await front.goto(itemUrl, { waitUntil: 'networkidle' });
    await front.getByRole('heading', { name: 'Ý kiến trao đổi (0)' }).waitFor();
    expect(await front.getByRole('heading', { name: 'Cập nhật công việc' }).count()).toBe(0);
    expect(await front.getByRole('button', { name: 'Lưu cập nhật' }).count()).toBe(0);
    await front.getByLabel('Ý kiến của bạn').fill('Mặt trận sẽ phối hợp phổ biến tới các khu dân cư.');
    await front.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await front.getByRole('status').filter({ hasText: 'Đã gửi ý kiến.' }).waitFor();
    await front.getByText('Mặt trận sẽ phối hợp phổ biến tới các khu dân cư.').waitFor();
    await expectAccessible(front);
    expect(await front.getByRole('link', { name: 'Ký duyệt' }).count()).toBe(0);
  });

  it('lets the chairman sign the year off and download its report', async () => {
    const chairman = await asChairman();
    await chairman.getByRole('link', { name: 'Ký duyệt' }).click();
    await chairman.waitForURL(`${stack.admin}/signoff`);
    await expectAccessible(chairman);
    await chairman.getByRole('link', { name: `Xem lại và ký duyệt năm ${year}` }).click();
    await chairman.getByRole('button', { name: `Tôi đã xem, ký duyệt năm ${year}` }).click();
    await chairman
      .getByRole('status')
      .filter({ hasText: `Đã ký duyệt năm ${year}.` })
      .waitFor();
    await expectAccessible(chairman);
    for (const format of ['docx', 'xlsx']) {
      const response = await chairman.request.get(`${stack.admin}/reports/${year}.${format}`);
      expect(response.status(), format).toBe(200);
      expect((await response.body()).subarray(0, 2).toString(), format).toBe('PK');
    }
    await chairman.goto(`${stack.admin}/plan`, { waitUntil: 'networkidle' });
    await chairman.getByRole('link', { name: `Tải báo cáo năm ${year} (Word)` }).waitFor();
  });

  it('shows the officer the item locked: a banner and no update form', async () => {
    const officer = await asOfficer();
    const itemUrl = await officeItemUrl();
    await officer.goto(itemUrl, { waitUntil: 'networkidle' });
    await officer.getByText(`Năm ${year} đã được Chủ tịch UBND xã ký duyệt.`).waitFor();
    expect(await officer.getByRole('button', { name: 'Lưu cập nhật' }).count()).toBe(0);
    expect(await officer.getByRole('button', { name: 'Tải lên' }).count()).toBe(0);
    await expectAccessible(officer);
  });

  it('shows citizens the new progress at the kiosk, without names or notes', async () => {
    const kiosk = await (await asOfficer()).context().newPage();
    await kiosk.goto(`${stack.kiosk}/progress`, { waitUntil: 'networkidle' });
    const part1 = kiosk.locator('[data-group="1"]');
    await part1.getByText('Việc số 1', { exact: false }).first().waitFor();
    expect(Number(await part1.getByRole('progressbar').first().getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    expect(await kiosk.locator('main').textContent()).not.toContain(users[0].displayName);
    await expectAccessible(kiosk);
    await kiosk.close();
  });

  it('lets the chairman reopen the year with a reason', async () => {
    const officer = await asOfficer();
    const chairman = await asChairman();
    const itemUrl = await officeItemUrl();
    await chairman.goto(`${stack.admin}/signoff`, { waitUntil: 'networkidle' });
    await chairman.getByText(`Mở lại năm ${year}`).first().click();
    await chairman.getByLabel(`Lý do mở lại năm ${year} (bắt buộc)`).fill('Bổ sung minh chứng còn thiếu');
    await chairman.getByRole('button', { name: `Mở lại năm ${year}` }).click();
    await chairman
      .getByRole('status')
      .filter({ hasText: `Đã mở lại năm ${year}.` })
      .waitFor();
    // The reason stays with the year (the audit log keeps only that one was given).
    await chairman.getByText('Lý do: Bổ sung minh chứng còn thiếu').waitFor();
    await officer.goto(itemUrl, { waitUntil: 'networkidle' });
    await officer.getByRole('button', { name: 'Lưu cập nhật' }).waitFor();
  });

  it('fits a 360 px phone on every new page', async () => {
    const officer = await asOfficer();
    const chairman = await asChairman();
    const itemUrl = await officeItemUrl();
    for (const path of ['/', '/work', '/plan', '/timeline', '/work/request', new URL(itemUrl).pathname])
      await fitsPhone(officer, path);
    await fitsPhone(chairman, '/signoff');
  });
});
