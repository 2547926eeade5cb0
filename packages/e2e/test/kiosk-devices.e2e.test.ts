/**
 * Issue 12, points 9 and 11 in Chromium: an officer registers a kiosk in the console and sees its device token once;
 * the kiosk (1080×1920) takes the token on its setup page and shows "Gọi cán bộ" on every screen; a call appears on
 * the console's layout with the kiosk's name and time, and the officer marks it handled; the web portal (no token)
 * offers no asking and says so; a revoked kiosk is told so in plain words. axe (0 serious) on every new screen.
 * Screenshots go to $KIOSK_SHOTS (kiosk) and $HGCS_SCREENSHOTS (console) when set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let consoleBrowser: Browser;
let kioskBrowser: Browser;
let portalBrowser: Browser;
let officer: Page;
let kiosk: Page;
const password = 'mat-khau-e2e-ki-ot-2026';
const shots = process.env.KIOSK_SHOTS;

beforeAll(async () => {
  stack = await startStack();
  await insertEnrolledUser(
    stack.db,
    {
      communeId: 24013,
      username: 'tuphap',
      displayName: 'Lê Thị Tư Pháp',
      role: 'justice_officer',
      agencyCode: 'office',
    },
    password,
  );
  consoleBrowser = await launch();
  kioskBrowser = await launch({ width: 1080, height: 1920 });
  portalBrowser = await launch({ width: 360, height: 780 });
  if (shots) mkdirSync(shots, { recursive: true });
  officer = await consoleBrowser.context.newPage();
  await signInWithCode(officer, stack.admin, 'tuphap', password);
}, 180_000);
afterAll(async () => {
  await consoleBrowser?.close();
  await kioskBrowser?.close();
  await portalBrowser?.close();
  await stack?.stop();
});

async function shot(page: Page, name: string) {
  expect(await axeViolations(page), name).toEqual([]);
  if (!shots) return;
  const size = page.viewportSize()!;
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await axeViolations(page), `${name} at 360px`).toEqual([]);
  await page.screenshot({ path: join(shots, `${name}-360.png`), fullPage: true });
  await page.setViewportSize(size);
}

it('registers a kiosk in the console, its token shown once; the kiosk takes it on its setup page', async () => {
  await officer.goto(`${stack.admin}/`, { waitUntil: 'networkidle' });
  await officer.getByRole('link', { name: 'Ki-ốt', exact: true }).click();
  await officer.waitForURL(/\/kiosks$/);
  await officer.getByText('Chưa có ki-ốt nào.').waitFor();
  await officer.getByRole('button', { name: 'Đăng ký ki-ốt' }).click();
  await officer.getByText('Nhập tên ki-ốt (ít nhất 2 ký tự)').waitFor();
  await officer.getByLabel('Tên ki-ốt').fill('Ki-ốt sảnh UBND');
  await officer.getByLabel('Nơi đặt').fill('Sảnh tầng 1, UBND xã Pờ Tó');
  await officer.getByRole('button', { name: 'Đăng ký ki-ốt' }).click();
  const shown = officer.getByTestId('device-token');
  await shown.waitFor();
  const token = (await shown.locator('.secret').textContent())!.trim();
  expect(token).toMatch(/^kd_[\w-]{43}$/);
  await checkPage(officer, 'kiosks-token-once');
  // Once: the list (and a reload) never shows it again.
  await officer.goto(`${stack.admin}/kiosks`, { waitUntil: 'networkidle' });
  expect(await officer.content()).not.toContain(token.slice(3));
  await officer.locator('tr[data-device="Ki-ốt sảnh UBND"]').getByText('Chưa hoạt động').waitFor();
  await checkPage(officer, 'kiosks-list');

  kiosk = await kioskBrowser.context.newPage();
  await kiosk.goto(`${stack.kiosk}/device`, { waitUntil: 'networkidle' });
  await kiosk.locator('[data-hydrated="true"]').waitFor();
  await kiosk.getByText('Máy này chưa được đăng ký làm ki-ốt.').waitFor();
  expect(await kiosk.getByRole('button', { name: /Gọi cán bộ/ }).count()).toBe(0);
  await kiosk.getByLabel('Mã thiết bị').fill(token);
  await kiosk.getByRole('button', { name: 'Lưu mã' }).click();
  await kiosk.getByTestId('device-ok').filter({ hasText: 'Máy này là ki-ốt “Ki-ốt sảnh UBND” của xã.' }).waitFor();
  await shot(kiosk, 'kiosk-device');
  await officer.reload({ waitUntil: 'networkidle' });
  expect(await officer.locator('tr[data-device="Ki-ốt sảnh UBND"]').textContent()).not.toContain('Chưa hoạt động');
});

it('calls staff from any kiosk screen; the console shows the kiosk and the time, the officer marks it handled', async () => {
  await kiosk.goto(`${stack.kiosk}/teams`, { waitUntil: 'networkidle' });
  await kiosk.locator('[data-hydrated="true"]').waitFor();
  await kiosk.getByRole('button', { name: /Gọi cán bộ/ }).click();
  await kiosk.getByRole('status').filter({ hasText: 'Đã báo cán bộ. Xin chờ ở đây, cán bộ sẽ đến.' }).waitFor();
  await shot(kiosk, 'kiosk-call-staff');
  await officer.goto(`${stack.admin}/`, { waitUntil: 'networkidle' });
  const notice = officer.getByTestId('kiosk-calls');
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(
    /Ki-ốt “Ki-ốt sảnh UBND” \(Sảnh tầng 1, UBND xã Pờ Tó\) gọi cán bộ lúc \d/,
  );
  await checkPage(officer, 'kiosk-call-notice');
  await notice.getByRole('button', { name: 'Đã đến hỗ trợ' }).click();
  await officer.waitForURL(`${stack.admin}/`);
  await officer.waitForTimeout(500);
  expect(await officer.getByTestId('kiosk-calls').count()).toBe(0);
});

it('the web portal (no device) offers no asking and says where to ask; no "call staff" there', async () => {
  const portal = await portalBrowser.context.newPage();
  await portal.goto(`${stack.kiosk}/ask`, { waitUntil: 'networkidle' });
  await portal.locator('[data-hydrated="true"]').waitFor();
  await portal.getByTestId('no-device').waitFor();
  expect(await portal.getByRole('button', { name: 'Tôi đồng ý' }).count()).toBe(0);
  expect(await portal.getByRole('button', { name: /Gọi cán bộ/ }).count()).toBe(0);
  expect(await axeViolations(portal)).toEqual([]);
  if (shots) await portal.screenshot({ path: join(shots, 'portal-ask-360.png'), fullPage: true });
  await portal.close();
});

it('a revoked kiosk is refused at once, in plain words on its screen', async () => {
  await officer.goto(`${stack.admin}/kiosks`, { waitUntil: 'networkidle' });
  officer.once('dialog', (d) => void d.accept());
  await officer.getByRole('button', { name: 'Thu hồi: Ki-ốt sảnh UBND' }).click();
  await officer.getByText('Đã thu hồi ki-ốt. Ki-ốt này không gửi được yêu cầu nữa.').waitFor();
  await officer
    .locator('tr[data-device="Ki-ốt sảnh UBND"]')
    .getByText(/Đã thu hồi lúc/)
    .waitFor();
  await kiosk.getByRole('button', { name: /Gọi cán bộ/ }).click();
  await kiosk.getByRole('status').filter({ hasText: 'Ki-ốt này đã bị thu hồi' }).waitFor();
  await kiosk.goto(`${stack.kiosk}/device`, { waitUntil: 'networkidle' });
  await kiosk.getByText('Ki-ốt này đã bị thu hồi, không gửi được nữa.').waitFor();
  await shot(kiosk, 'kiosk-device-revoked');
});
