/**
 * Issue 12, point 7 in Chromium: the justice officer finds the kiosk's home screen texts among those not yet
 * translated into Jrai (searched without diacritics), translates them — a translation that drops a placeholder is
 * refused beside its text, naming it — and the kiosk in Jrai shows the commune's texts, saying that the others
 * still read in Vietnamese. axe on the console page (1280 and 360 px) and on the kiosk in Jrai; screenshots with
 * HGCS_SCREENSHOTS=<dir>.
 */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
let officer: Page;
const password = 'mat-khau-e2e-dich-ki-ot-2026';
/** Test texts standing for the commune's Jrai (not real Jrai). */
const jrai = {
  'kiosk.welcome': 'JRAI: lời chào của xã',
  'kiosk.findTeam': 'JRAI: tìm tổ hòa giải',
  'kiosk.ask': 'JRAI: xin hòa giải',
};

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
  browser = await launch();
  officer = await browser.context.newPage();
  await signInWithCode(officer, stack.admin, 'tuphap', password);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Saves one text's translation on the console page and waits for the answer beside it. */
async function translate(key: string, text: string, answer: RegExp) {
  const item = officer.locator(`li[data-key="${key}"]`);
  await item.locator('textarea').fill(text);
  await item.getByRole('button', { name: 'Lưu' }).click();
  await item.getByText(answer).waitFor();
}

it("the officer translates the home screen's texts into Jrai; the kiosk in Jrai shows them", async () => {
  await officer.goto(`${stack.admin}/translations?lang=jra&show=missing`, { waitUntil: 'networkidle' });
  const count = officer.getByTestId('translation-count');
  const total = Number(/trên (\d+) chữ/.exec((await count.textContent()) ?? '')?.[1]);
  expect(await count.textContent()).toContain(`${total} trên ${total} chữ chưa dịch`);
  await checkPage(officer, 'translations-missing');

  // Searched without diacritics: "xin chao" finds "Xin chào! …".
  await officer.locator('#tr-q').fill('xin chao ba con');
  await officer.getByRole('button', { name: 'Tìm', exact: true }).click();
  await officer.waitForURL(/q=xin\+chao/);
  await officer.locator('li[data-key="kiosk.welcome"]').waitFor();
  await translate('kiosk.welcome', jrai['kiosk.welcome'], /Đã lưu/);

  // A placeholder dropped is refused beside its text, naming it; nothing is saved.
  await officer.goto(`${stack.admin}/translations?lang=jra&q=langFallback`, { waitUntil: 'networkidle' });
  await translate('kiosk.langFallback', 'JRAI: chưa có', /Bản dịch thiếu \{name\}/);
  expect(await officer.locator('li[data-key="kiosk.langFallback"] textarea').inputValue()).toBe('JRAI: chưa có');
  await checkPage(officer, 'translations-refused');

  for (const key of ['kiosk.findTeam', 'kiosk.ask'] as const) {
    await officer.goto(`${stack.admin}/translations?lang=jra&q=${key}`, { waitUntil: 'networkidle' });
    await translate(key, jrai[key], /Đã lưu/);
  }
  await officer.goto(`${stack.admin}/translations?lang=jra`, { waitUntil: 'networkidle' });
  expect(await count.textContent()).toContain(`${total - 3} trên ${total} chữ chưa dịch`);
  expect(await officer.locator('li[data-key="kiosk.welcome"] textarea').inputValue()).toBe(jrai['kiosk.welcome']);

  const kiosk = await browser.context.newPage();
  await kiosk.setViewportSize({ width: 1080, height: 1920 });
  await kiosk.goto(stack.kiosk, { waitUntil: 'networkidle' });
  await kiosk.locator('[data-hydrated="true"]').waitFor();
  expect(await kiosk.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Xin chào! Chúng tôi có thể giúp gì cho bà con?',
  );
  await kiosk.getByRole('button', { name: 'Jrai', exact: true }).click();
  await expect.poll(() => kiosk.getByRole('heading', { level: 1 }).textContent()).toBe(jrai['kiosk.welcome']);
  expect(await kiosk.getByRole('link', { name: new RegExp(jrai['kiosk.findTeam']) }).count()).toBe(1);
  expect(await kiosk.getByRole('link', { name: new RegExp(jrai['kiosk.ask']) }).count()).toBe(1);
  // An untranslated tile still reads in Vietnamese, and the screen says so.
  expect(await kiosk.getByRole('link', { name: /Kế hoạch hòa giải của xã/ }).count()).toBe(1);
  expect(await kiosk.getByRole('status').filter({ hasText: 'chưa được dịch' }).count()).toBe(1);
  expect(await axeViolations(kiosk)).toEqual([]);
  const shots = process.env.HGCS_SCREENSHOTS;
  if (shots) await kiosk.screenshot({ path: join(shots, 'kiosk-home-jra-1080.png'), fullPage: true });
  // Back in Vietnamese, the catalogue's texts again.
  await kiosk.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect
    .poll(() => kiosk.getByRole('heading', { level: 1 }).textContent())
    .toBe('Xin chào! Chúng tôi có thể giúp gì cho bà con?');
  await kiosk.close();
});
