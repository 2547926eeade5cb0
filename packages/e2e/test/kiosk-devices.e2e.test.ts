/**
 * Issue 12, points 9 and 11 in Chromium: an officer registers a kiosk in the console and sees its device token once;
 * the kiosk (1080×1920) takes the token on its setup page and shows "Gọi cán bộ" on every screen; a call appears on
 * the console's layout with the kiosk's name and time, and the officer marks it handled; the web portal (no token)
 * offers no asking and says so; a revoked kiosk is told so in plain words. axe (0 serious) on every new screen.
 * Screenshots go to $KIOSK_SHOTS (kiosk) and $HGCS_SCREENSHOTS (console) when set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@hgcs/db';
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
  const [village] = await stack.db
    .insert(schema.villages)
    .values({ communeId: 24013, name: 'Làng Mất Mạng', kind: 'lang' })
    .returning({ id: schema.villages.id });
  await stack.db.insert(schema.teams).values({ communeId: 24013, villageId: village!.id, name: 'Tổ Làng Mất Mạng' });
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

/** Walks the request from the notice to "Gửi yêu cầu" (the kiosk at /ask). */
async function askFor(page: Page, name: string) {
  await page.getByRole('button', { name: 'Tôi đồng ý' }).click();
  await page.getByRole('textbox', { name: 'Họ và tên của bà con' }).fill(name);
  await page.getByRole('button', { name: 'Làng Mất Mạng' }).click();
  await page.getByRole('button', { name: 'Nhắn qua trưởng thôn' }).click();
  await page.getByRole('button', { name: /Đất đai/ }).click();
  await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
}
const casesWith = async (code: string) =>
  (await stack.db.select().from(schema.cases)).filter((c) => c.trackingCode === code);

it('offline: every screen opens, a request is kept with its receipt, and is delivered once when the network returns', async () => {
  // Online once: the service worker takes the kiosk's shell and the screens' data.
  await kiosk.goto(`${stack.kiosk}/ask`, { waitUntil: 'networkidle' });
  await kiosk.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await kiosk.reload({ waitUntil: 'networkidle' });
  await kiosk.locator('[data-hydrated="true"]').waitFor();
  await kiosk.getByRole('button', { name: 'Tôi đồng ý' }).click();
  await kiosk.getByRole('button', { name: 'Làng Mất Mạng' }).waitFor();

  await kioskBrowser.context.setOffline(true);
  for (const path of ['/', '/teams', '/can-mediate', '/status', '/ask']) {
    await kiosk.goto(`${stack.kiosk}${path}`);
    await kiosk.locator('[data-hydrated="true"]').waitFor();
    const text = await kiosk.locator('body').innerText();
    for (const raw of ['500', 'Internal Error', 'Failed to fetch', 'TypeError']) expect(text, path).not.toContain(raw);
  }
  await askFor(kiosk, 'Siu H’Mai Ngoại Tuyến');
  const queued = kiosk.getByTestId('queued');
  await queued.waitFor();
  expect(await queued.textContent()).toContain('Đã lưu trên máy, sẽ gửi khi có mạng.');
  expect(await queued.textContent()).toContain('Yêu cầu đang chờ gửi: 1');
  const code = (await kiosk.getByTestId('tracking-code').textContent())!.trim();
  expect(code).toMatch(/^HK-\w{4}-\w{4}$/);
  await shot(kiosk, 'kiosk-offline-receipt');
  expect(await casesWith(code)).toHaveLength(0);

  await kioskBrowser.context.setOffline(false);
  await kiosk.evaluate(() => dispatchEvent(new Event('online')));
  await expect.poll(async () => (await casesWith(code)).length, { timeout: 60_000 }).toBe(1);
  await expect.poll(() => kiosk.getByTestId('outbox').count(), { timeout: 30_000 }).toBe(0);
  // Sent again (a second drain, a reload): still one.
  await kiosk.reload({ waitUntil: 'networkidle' });
  expect(await casesWith(code)).toHaveLength(1);
});

it('the connection drops after the server commits and before the answer: the kiosk retries, one request', async () => {
  await kiosk.goto(`${stack.kiosk}/ask`, { waitUntil: 'networkidle' });
  await kiosk.locator('[data-hydrated="true"]').waitFor();
  let dropped = 0;
  await kiosk.route('**/trpc/kioskRequest.submit', async (route) => {
    if (dropped++ > 0) return route.continue();
    await route.fetch(); // the server commits…
    await route.abort('connectionreset'); // …and its answer never arrives
  });
  await askFor(kiosk, 'Ksor H’Bia Mất Trả Lời');
  await kiosk.getByRole('heading', { name: 'Đã gửi yêu cầu hòa giải', level: 1 }).waitFor();
  const code = (await kiosk.getByTestId('tracking-code').textContent())!.trim();
  expect(dropped).toBe(2);
  const rows = await casesWith(code);
  expect(rows).toHaveLength(1);
  expect((await stack.db.select().from(schema.cases)).filter((c) => c.clientKey === rows[0]!.clientKey)).toHaveLength(
    1,
  );
  await kiosk.unroute('**/trpc/kioskRequest.submit');
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
