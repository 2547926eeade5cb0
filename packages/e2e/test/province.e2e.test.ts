/**
 * The province's journey in Chromium (issue 8.3): a province administrator (Sở Tư pháp) adds a commune through the
 * console — a file problem is shown next to the field with its line, then the commune is created and its first
 * administrator's setup password shown once; a province officer sees both communes side by side and the overdue
 * work by commune; a user of the new commune sees only that commune. Every page passes axe and fits 360 px.
 * With HGCS_SCREENSHOTS=<dir>, each page is also saved there at 1280 and 360 px.
 */
import { readFileSync } from 'node:fs';
import { findUserByUsername, getCommune } from '@hgcs/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import { freshCode, e2eTotpSecret, insertEnrolledUser } from './totp.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
const password = 'mat-khau-so-tu-phap-2026';
const planText = readFileSync(new URL('../../domain/src/plan/plans/po-to.plan.yaml', import.meta.url), 'utf8').replace(
  /communeCode: "24013"/,
  'communeCode: "24014"',
);

beforeAll(async () => {
  stack = await startStack();
  browser = await launch();
  await insertEnrolledUser(
    stack.db,
    {
      communeId: null,
      provinceCode: '52',
      username: 'stp.quantri',
      displayName: 'Quản trị Sở Tư pháp',
      role: 'province_admin',
      agencyCode: null,
    },
    password,
  );
  await insertEnrolledUser(
    stack.db,
    {
      communeId: null,
      provinceCode: '52',
      username: 'stp.canbo',
      displayName: 'Cán bộ Sở Tư pháp',
      role: 'province_officer',
      agencyCode: null,
    },
    password,
  );
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Signs in through the console (password, then a fresh code) and waits to land past the sign-in pages. */
async function signIn(page: Page, username: string) {
  await page.goto(`${stack.admin}/sign-in`, { waitUntil: 'networkidle' }); // hydrated: the form posts through SvelteKit
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${stack.admin}/sign-in/totp`);
  await page.getByLabel('Mã 6 chữ số trên ứng dụng xác thực').fill(await freshCode(e2eTotpSecret));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('the province’s view', () => {
  it('lets the province administrator add a commune through the console; its administrator exists', async () => {
    const page = await browser.context.newPage();
    await signIn(page, 'stp.quantri');
    expect(new URL(page.url()).pathname).toBe('/province');
    await expect.poll(() => page.locator('.brand small').textContent()).toContain('Tỉnh Gia Lai');
    await page.getByRole('link', { name: 'Thêm xã', exact: true }).click();
    await page.waitForURL(`${stack.admin}/province/add`);
    await checkPage(page, 'province-add');

    await page.getByLabel('Mã xã (5 chữ số, theo mã thống kê)').fill('24014');
    await page.getByLabel('Tên xã (ví dụ: Xã Ia Phí)').fill('Xã Ia Phí');
    await page
      .getByLabel('Nội dung tệp dữ liệu của xã (YAML hoặc JSON)')
      .fill(planText.replace(/leadAgency: office/, 'leadAgency: khong_co'));
    await page.getByRole('button', { name: 'Thêm xã' }).click();
    const fieldError = page.locator('#plan-error');
    await expect.poll(() => fieldError.textContent()).toMatch(/dòng \d+/);
    expect(await page.getByLabel('Nội dung tệp dữ liệu của xã (YAML hoặc JSON)').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await checkPage(page, 'province-add-error');
    expect(await getCommune(stack.db, 24014)).toBeUndefined();

    await page.getByLabel('Nội dung tệp dữ liệu của xã (YAML hoặc JSON)').fill(planText);
    await page.getByRole('button', { name: 'Thêm xã' }).click();
    await expect.poll(() => page.getByTestId('admin-username').textContent()).toBe('admin.24014');
    expect((await page.getByTestId('admin-password').textContent())!.trim()).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await checkPage(page, 'province-add-created');
    expect(await getCommune(stack.db, 24014)).toMatchObject({ name: 'Xã Ia Phí', provinceCode: '52' });
    expect(await findUserByUsername(stack.db, 'admin.24014')).toMatchObject({
      communeId: 24014,
      role: 'admin',
      mustChangePassword: true,
    });
    await page.close();
  });

  it('shows the province officer both communes side by side and the overdue work by commune', async () => {
    const page = await browser.context.newPage();
    await signIn(page, 'stp.canbo');
    expect(new URL(page.url()).pathname).toBe('/province');
    expect(await page.getByRole('link', { name: 'Thêm xã', exact: true }).count()).toBe(0);
    const rows = page.locator('tbody tr[data-commune]');
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-commune'))))
      .toEqual(['24013', '24014']);
    expect(await page.locator('tr[data-commune="24014"] th').textContent()).toContain('Xã Ia Phí');
    expect(await page.locator('tr[data-commune="24013"] [role="progressbar"]').count()).toBe(1);
    expect(await page.locator('tr[data-commune="24014"] a[href*="commune=24014"]').count()).toBe(2);
    await checkPage(page, 'province-communes');

    const report = await page.request.get(`${stack.admin}/reports/2026.docx?commune=24014`);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-type']).toContain('wordprocessingml');

    await page.getByRole('link', { name: 'Việc quá hạn theo xã', exact: true }).click();
    await page.waitForURL(`${stack.admin}/province/overdue`);
    expect(
      await page.locator('section[data-commune]').evaluateAll((s) => s.map((x) => x.getAttribute('data-commune'))),
    ).toEqual(['24013', '24014']);
    await checkPage(page, 'province-overdue');

    // A commune page is not theirs: the console answers 403.
    const plan = await page.goto(`${stack.admin}/plan`, { waitUntil: 'networkidle' });
    expect(plan?.status()).toBe(403);
    await page.close();
  });

  it('keeps a user of the new commune inside that commune', async () => {
    await insertEnrolledUser(
      stack.db,
      {
        communeId: 24014,
        username: 'vp.iaphi',
        displayName: 'Văn phòng Ia Phí',
        role: 'office_staff',
        agencyCode: 'office',
      },
      password,
    );
    const page = await browser.context.newPage();
    await signIn(page, 'vp.iaphi');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.locator('.brand small').textContent()).toContain('Xã Ia Phí');
    expect(await page.getByRole('link', { name: 'Các xã trong tỉnh' }).count()).toBe(0);
    expect((await page.goto(`${stack.admin}/province`, { waitUntil: 'networkidle' }))?.status()).toBe(403);
    expect((await page.request.get(`${stack.admin}/reports/2026.docx?commune=24013`)).status()).toBe(404);
    expect((await page.request.get(`${stack.admin}/reports/2026.docx`)).status()).toBe(200);
    await page.close();
  });
});
