/**
 * The province's amounts in Chromium (issue 11 point 9, issue 13 point 7): the province officer opens "Mức chi của
 * tỉnh", an amount above the circular's maximum is refused beside its field, valid remuneration amounts and a
 * spending norm are saved and listed; the commune's budget page then names the province's norms it checks against.
 * Every page passes axe and fits 360 px (HGCS_SCREENSHOTS=<dir> saves them at 1280 and 360 px).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import type { Page } from 'playwright-core';
import { e2eTotpSecret, freshCode, insertEnrolledUser, signInWithCode } from './totp.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
const password = 'mat-khau-muc-chi-tinh-2027';

beforeAll(async () => {
  stack = await startStack();
  browser = await launch();
  await insertEnrolledUser(
    stack.db,
    {
      communeId: null,
      provinceCode: '52',
      username: 'stp.mucchi',
      displayName: 'Cán bộ Sở Tư pháp',
      role: 'province_officer',
      agencyCode: null,
    },
    password,
  );
  await insertEnrolledUser(
    stack.db,
    { communeId: 24013, username: 'ketoan', displayName: 'Kế toán xã', role: 'budget_officer', agencyCode: 'office' },
    password,
  );
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Signs a province user in (password, then a fresh code); they land on /province, not /. */
async function signInProvince(page: Page, username: string) {
  await page.goto(`${stack.admin}/sign-in`, { waitUntil: 'networkidle' });
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${stack.admin}/sign-in/totp`);
  await page.getByLabel('Mã 6 chữ số trên ứng dụng xác thực').fill(await freshCode(e2eTotpSecret));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('the province’s amounts', () => {
  it('refuses an amount above the circular beside its field, then saves and lists the province’s amounts', async () => {
    const page = await browser.context.newPage();
    await signInProvince(page, 'stp.mucchi');
    await page.getByRole('link', { name: 'Mức chi của tỉnh', exact: true }).click();
    await page.waitForURL(`${stack.admin}/province/norms`);
    expect(await page.getByTestId('no-remuneration').count()).toBe(1);
    await checkPage(page, 'province-norms');

    const rem = page.getByTestId('remuneration-form');
    await rem.getByLabel('Nghị quyết').fill('Nghị quyết 10/2026/NQ-HĐND tỉnh Gia Lai');
    await rem.getByLabel('Áp dụng từ ngày').fill('2027-01-01');
    await rem.getByLabel('Vụ việc hòa giải thành (đồng)').fill('450.000');
    await rem.getByLabel('Vụ việc hòa giải không thành (đồng)').fill('250000');
    await rem.getByRole('button', { name: 'Lưu' }).click();
    // the domain's refusal names the article and the maximum (shown as the form's message)
    await expect.poll(() => page.locator('[role="alert"]').first().textContent()).toContain('400.000');
    await checkPage(page, 'province-norms-error');

    await rem.getByLabel('Nghị quyết').fill('Nghị quyết 10/2026/NQ-HĐND tỉnh Gia Lai');
    await rem.getByLabel('Áp dụng từ ngày').fill('2027-01-01');
    await rem.getByLabel('Vụ việc hòa giải thành (đồng)').fill('350.000');
    await rem.getByLabel('Vụ việc hòa giải không thành (đồng)').fill('250000');
    await rem.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByTestId('remuneration-table').textContent()).toContain('350.000');

    const sp = page.getByTestId('spending-form');
    await sp.getByLabel('Nghị quyết').fill('Nghị quyết 5/2027/NQ-HĐND tỉnh Gia Lai');
    await sp.getByLabel('Áp dụng từ năm').fill('2027');
    await sp.getByLabel(/^6\.a · Tờ gấp pháp luật/).fill('1000000');
    await sp.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByTestId('spending-table').textContent()).toContain('Tờ gấp pháp luật: 1.000.000');
    await checkPage(page, 'province-norms-saved');
    await page.close();
  });

  it('names the province’s norms on the commune’s budget page', async () => {
    const page = await browser.context.newPage();
    await signInWithCode(page, stack.admin, 'ketoan', password);
    await page.goto(`${stack.admin}/budget?year=2027`, { waitUntil: 'networkidle' });
    expect(await page.getByTestId('budget-norms').textContent()).toContain('Nghị quyết 5/2027/NQ-HĐND tỉnh Gia Lai');
    await page.goto(`${stack.admin}/budget?year=2026`, { waitUntil: 'networkidle' });
    expect(await page.getByTestId('budget-norms').textContent()).toContain('Thông tư 56/2023/TT-BTC');
    await page.close();
  });
});
