/**
 * Issue 9, point 6 — the plan's screens as officers met them, in Chromium: the chairman's dashboard lists every
 * agency's overdue work; signing off a year is a second page listing what is unfinished (it works without
 * JavaScript too); the chairman's record of a year is saved; the audit page reads in plain words; unknown addresses
 * give Vietnamese not-found pages on the console and the kiosk; an expired session leads back to sign-in with a
 * notice, then to the page the user was on. Year 2025 is used: it is past on any clock this suite runs on.
 */
import { deleteUserSessions, findUserByUsername, notifySessionsChanged } from '@hgcs/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { lazySession } from './lazy-session.ts';
import { startStack } from './stack.ts';
import { freshCode, insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
const password = 'mat-khau-e2e-man-hinh-2026';

async function fitsPhone(page: Page, path: string) {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  stack = await startStack();
  await insertEnrolledUser(
    stack.db,
    { communeId: 24013, username: 'chutich', displayName: 'Nguyễn Văn Chủ', role: 'chairman', agencyCode: null },
    password,
  );
  await insertEnrolledUser(
    stack.db,
    { communeId: 24013, username: 'quantri', displayName: 'Phạm Quản Trị', role: 'admin', agencyCode: null },
    password,
  );
  browser = await launch();
});
// The chairman signs in when a test first needs it (lazy-session.ts): a failed sign-in fails those tests only.
const asChairman = lazySession(async () => {
  const page = await browser.context.newPage();
  await signInWithCode(page, stack.admin, 'chutich', password);
  return page;
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe("the plan's screens", () => {
  it("shows the chairman every agency's overdue work on the dashboard", async () => {
    const chairman = await asChairman();
    await chairman.goto(`${stack.admin}/`, { waitUntil: 'networkidle' });
    const oversight = chairman.getByTestId('oversight');
    await oversight.waitFor();
    expect(await oversight.getByRole('heading', { level: 3 }).first().textContent()).toMatch(/Quá hạn: \d+ việc/);
    expect(await oversight.locator('[data-agency="office"] h4').textContent()).toMatch(
      /^Văn phòng HĐND và UBND xã \(\d+ việc\)$/,
    );
    expect(await chairman.getByText('Không có việc quá hạn hay sắp đến hạn.').count()).toBe(0);
    expect(await axeViolations(chairman)).toEqual([]);
    await fitsPhone(chairman, '/');
  });

  it('asks the chairman to confirm signing 2025 off on a second page listing what is unfinished, without JavaScript too', async () => {
    const chairman = await asChairman();
    await chairman.goto(`${stack.admin}/signoff`, { waitUntil: 'networkidle' });
    await chairman.getByRole('link', { name: 'Xem lại và ký duyệt năm 2025' }).click();
    await chairman.waitForURL(`${stack.admin}/signoff?confirm=2025`);
    const confirm = chairman.getByTestId('signoff-confirm');
    expect(await confirm.textContent()).toMatch(/Năm 2025 còn \d+ việc chưa hoàn thành, trong đó \d+ việc quá hạn:/);
    expect(await confirm.locator('[data-agency]').count()).toBeGreaterThan(1);
    expect(await axeViolations(chairman)).toEqual([]);
    await fitsPhone(chairman, '/signoff?confirm=2025');
    await chairman.getByRole('link', { name: 'Quay lại, chưa ký' }).click();
    await chairman.waitForURL(`${stack.admin}/signoff`);
    expect(await chairman.locator('[data-year="2025"] .badge').textContent()).toContain('Chưa ký duyệt');

    // The same two steps with every script refused: the page and its forms work on their own.
    const plain = await browser.context.newPage();
    await plain.route('**/*.js', (route) => route.abort());
    await plain.goto(`${stack.admin}/signoff`, { waitUntil: 'networkidle' });
    await plain.getByRole('link', { name: 'Xem lại và ký duyệt năm 2025' }).click();
    await plain.waitForURL(`${stack.admin}/signoff?confirm=2025`);
    await plain.getByRole('button', { name: 'Tôi đã xem, ký duyệt năm 2025' }).click();
    await plain.getByRole('status').filter({ hasText: 'Đã ký duyệt năm 2025.' }).waitFor();
    expect(await plain.locator('[data-year="2025"] .badge').textContent()).toContain('Đã ký duyệt');
    await plain.close();
  });

  it("keeps the chairman's record of a year: the plan's issuing date and the report's sections", async () => {
    const chairman = await asChairman();
    await chairman.goto(`${stack.admin}/signoff`, { waitUntil: 'networkidle' });
    const card = chairman.locator('[data-year="2026"]');
    await card.getByText('Nội dung báo cáo và ngày ban hành kế hoạch năm 2026').click();
    await card.getByLabel('Ngày ban hành kế hoạch năm 2026').fill('2026-01-12');
    await card.getByLabel('III. Khó khăn, vướng mắc').fill('Làng Đê Tar ở xa, đi lại khó khăn.');
    expect(await axeViolations(chairman)).toEqual([]);
    await card.getByRole('button', { name: 'Lưu nội dung năm 2026' }).click();
    await chairman.getByRole('status').filter({ hasText: 'Đã lưu nội dung báo cáo năm 2026.' }).waitFor();
    await chairman.reload();
    expect(await chairman.locator('[data-year="2026"] textarea[name="difficulties"]').inputValue()).toBe(
      'Làng Đê Tar ở xa, đi lại khó khăn.',
    );
    expect(await chairman.locator('[data-year="2026"] input[name="planIssuedOn"]').inputValue()).toBe('2026-01-12');
  });

  it('shows audit entries in plain words, never as codes', async () => {
    const other = await launch();
    const admin = await other.context.newPage();
    // A return path planted in the cookie that points off the site is ignored: sign-in lands on the dashboard.
    await other.context.addCookies([{ name: 'hgcs_return', value: '//evil.test/x', url: stack.admin }]);
    await signInWithCode(admin, stack.admin, 'quantri', password);
    await admin.goto(`${stack.admin}/audit`, { waitUntil: 'networkidle' });
    const table = admin.locator('tbody');
    await table.getByText('Chủ tịch ký duyệt kết quả năm').first().waitFor();
    expect(await table.getByText('Đăng nhập', { exact: true }).count()).toBeGreaterThan(0);
    expect(await table.textContent()).not.toMatch(/\b(plan|auth|user|work_item)\.[a-z_]+/);
    expect(await axeViolations(admin)).toEqual([]);
    await other.close();
  });

  it('answers an unknown address with a Vietnamese not-found page and a way home, on the console and the kiosk', async () => {
    const page = await browser.context.newPage();
    for (const base of [stack.admin, stack.kiosk]) {
      const response = await page.goto(`${base}/khong-co-trang-nay`, { waitUntil: 'networkidle' });
      expect(response!.status(), base).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent(), base).toBe('Không tìm thấy trang');
      expect(await page.getByRole('link', { name: /Về trang chủ/ }).getAttribute('href')).toBe('/');
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.close();
  });

  it('sends a user whose session expired to sign in again, with a notice, then back to the page they were on', async () => {
    const chairman = await asChairman();
    await chairman.goto(`${stack.admin}/signoff`, { waitUntil: 'networkidle' });
    const user = await findUserByUsername(stack.db, 'chutich');
    await deleteUserSessions(stack.db, 24013, user!.id);
    await notifySessionsChanged(stack.db, user!.id);
    await chairman.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await chairman.waitForURL(`${stack.admin}/sign-in?expired`);
    expect(await chairman.getByTestId('session-expired').textContent()).toContain('Phiên đăng nhập đã hết hạn');
    expect((await browser.context.cookies()).some((c) => c.name === 'hgcs_session')).toBe(false);
    expect(await axeViolations(chairman)).toEqual([]);
    await chairman.getByLabel('Tên đăng nhập').fill('chutich');
    await chairman.getByLabel('Mật khẩu').fill(password);
    await chairman.getByRole('button', { name: 'Đăng nhập' }).click();
    await chairman.waitForURL(`${stack.admin}/sign-in/totp`);
    await chairman
      .getByLabel('Mã 6 chữ số trên ứng dụng xác thực')
      .fill(await freshCode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'));
    await chairman.getByRole('button', { name: 'Xác nhận' }).click();
    await chairman.waitForURL(`${stack.admin}/plan`);
  });
});
