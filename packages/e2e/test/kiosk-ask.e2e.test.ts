/**
 * Issue 12, points 3, 4, 5 and 13 in Chromium at the kiosk's 1080×1920 portrait screen: asking for mediation from the
 * home screen — the privacy notice first, the name typed, the village tapped, "through the village head", a category —
 * in at most 6 taps, the receipt (tracking code, second factor, QR code; the print stylesheet shows only the receipt,
 * 80 mm wide), one case in the village team's queue; then checking it by the two codes (the stage in plain words),
 * a wrong factor refused beside its field. axe (0 serious) on every new screen, also in high contrast at the largest
 * text size. Screenshots (1080×1920 and 360 px) go to $KIOSK_SHOTS when set.
 *
 * How taps are counted: every click on a button, link or choice from the home screen to the answer of "Gửi yêu cầu"
 * counts one; typing text (the name, the search, the few words) is not a tap.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@hgcs/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, launch } from './browser.ts';
import { startStack } from './stack.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
const commune = 24013;
const shots = process.env.KIOSK_SHOTS;
let teamId = '';
let receipt = { code: '', factor: '' };

beforeAll(async () => {
  stack = await startStack();
  browser = await launch({ width: 1080, height: 1920 });
  if (shots) mkdirSync(shots, { recursive: true });
  const [village] = await stack.db
    .insert(schema.villages)
    .values({ communeId: commune, name: 'Làng Kơ Nia Thử', kind: 'lang' })
    .returning({ id: schema.villages.id });
  const [team] = await stack.db
    .insert(schema.teams)
    .values({ communeId: commune, villageId: village!.id, name: 'Tổ hòa giải làng Kơ Nia Thử' })
    .returning({ id: schema.teams.id });
  teamId = team!.id;
  // A registered kiosk (issue 12, point 9): its token in the kiosk's storage, only its hash in the database.
  const token = `kd_${'e2e-ask'.padEnd(43, 'x')}`;
  await stack.db.insert(schema.kioskDevices).values({
    communeId: commune,
    name: 'Ki-ốt thử',
    place: 'Sảnh xã',
    tokenHash: createHash('sha256').update(token).digest('hex'),
    createdAt: new Date(),
    createdBy: randomUUID(),
  });
  await browser.context.addInitScript((t) => {
    if (!localStorage.getItem('hgcs.kioskDevice')) localStorage.setItem('hgcs.kioskDevice', t);
  }, token);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${stack.kiosk}${path}`, { waitUntil: 'networkidle' });
  await page.locator('[data-hydrated="true"]').waitFor();
  return page;
}
async function shot(page: Page, name: string) {
  if (!shots) return;
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(shots, `${name}-360.png`), fullPage: true });
  await page.setViewportSize({ width: 1080, height: 1920 });
}
/** axe in the normal look, then in high contrast at the largest text size (then back). */
async function axeEveryWay(page: Page, name: string) {
  expect(await axeViolations(page), name).toEqual([]);
  await shot(page, name);
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  while (await page.getByRole('button', { name: 'Chữ lớn hơn' }).isEnabled())
    await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  expect(await axeViolations(page), `${name}, high contrast, largest text`).toEqual([]);
  await shot(page, `${name}-contrast-large`);
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  await page.getByRole('button', { name: 'Chữ bình thường' }).click();
}

it('asks for mediation from the home screen in at most 6 taps and prints a receipt; one case reaches the team', async () => {
  const page = await open('/');
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
  });
  let taps = 0;
  const tap = async (locator: Locator) => {
    taps++;
    await locator.click();
  };
  await tap(page.getByRole('link', { name: /Xin hòa giải/ }));
  await page.waitForURL(`${stack.kiosk}/ask`);
  await page.getByRole('heading', { name: 'Trước khi bắt đầu' }).waitFor();
  await axeEveryWay(page, 'ask-notice');
  await tap(page.getByRole('button', { name: 'Tôi đồng ý' }));

  await page.getByRole('heading', { name: 'Bà con tên gì, ở thôn nào?' }).waitFor();
  // A village tapped before a name is refused beside the name; nothing is sent.
  await page.getByRole('searchbox', { name: /Gõ tên thôn, làng/ }).fill('ko nia');
  await page.getByRole('button', { name: 'Làng Kơ Nia Thử' }).click(); // a mistake: not counted, the walk has none
  await expect.poll(() => page.getByText('Họ tên quá ngắn').isVisible()).toBe(true);
  expect(await page.getByRole('textbox', { name: 'Họ và tên của bà con' }).getAttribute('aria-invalid')).toBe('true');
  await axeEveryWay(page, 'ask-who');
  await page.getByRole('textbox', { name: 'Họ và tên của bà con' }).fill('Rơ Mah H’Ngôn');
  await tap(page.getByRole('button', { name: 'Làng Kơ Nia Thử' }));

  await page.getByRole('heading', { name: 'Tổ hòa giải liên lạc với bà con bằng cách nào?' }).waitFor();
  await axeEveryWay(page, 'ask-contact');
  await tap(page.getByRole('button', { name: 'Nhắn qua trưởng thôn' }));

  await page.getByRole('heading', { name: 'Việc gì? Chạm vào một loại việc.' }).waitFor();
  expect(await page.getByRole('button', { name: 'Gửi yêu cầu' }).isDisabled()).toBe(true);
  await tap(page.getByRole('button', { name: /Đất đai/ }));
  await page.getByRole('textbox', { name: /Vài lời/ }).fill('Tranh chấp ranh giới rẫy với nhà bên');
  await axeEveryWay(page, 'ask-about');
  expect(posts).toEqual([]); // nothing left the device before the request is sent
  await tap(page.getByRole('button', { name: 'Gửi yêu cầu' }));

  await page.getByRole('heading', { name: 'Đã gửi yêu cầu hòa giải', level: 1 }).waitFor();
  expect(await page.getByRole('heading', { name: 'Đã gửi yêu cầu hòa giải' }).count()).toBe(1);
  expect(taps).toBeLessThanOrEqual(6);
  expect(posts).toEqual(['/trpc/kioskRequest.submit']);
  receipt = {
    code: (await page.getByTestId('tracking-code').textContent())!.trim(),
    factor: (await page.getByTestId('factor').textContent())!.trim(),
  };
  expect(receipt.code).toMatch(/^HK-\w{4}-\w{4}$/); // made by the kiosk (decision 29)
  expect(receipt.factor).toMatch(/^\w{3}-\w{3}$/);
  await page.locator('.qr[data-ready="true"] svg').waitFor();
  await axeEveryWay(page, 'ask-receipt');

  // The print stylesheet: only the receipt, at most 80 mm wide; the bar and the buttons are not printed.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const r = document.querySelector('.receipt')!;
    const visible = (el: Element | null) => !!el && getComputedStyle(el).visibility === 'visible';
    return {
      width: r.getBoundingClientRect().width,
      receipt: visible(r.querySelector('[data-testid="factor"]')),
      bar: visible(document.querySelector('.bar .home')),
      button: visible(document.querySelector('main .action')),
    };
  });
  expect(printed).toMatchObject({ receipt: true, bar: false, button: false });
  expect(await page.locator('.paper-title').isVisible()).toBe(true);
  expect(printed.width).toBeLessThanOrEqual((80 / 25.4) * 96);
  if (shots) await page.screenshot({ path: join(shots, 'ask-receipt-print.png') });
  await page.emulateMedia({ media: 'screen' });

  const rows = (await stack.db.select().from(schema.cases)).filter((c) => c.trackingCode === receipt.code);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ channel: 'kiosk', teamId, status: 'received' });
  // The receipt's day is the day the API received it (its clock), not the device's.
  expect(await page.locator('.receipt').textContent()).toContain(rows[0]!.receivedOn.split('-').reverse().join('/'));
  await page.close();
});

it('checks a request by its two codes: the stage in plain words; a wrong secret code is refused beside its field', async () => {
  const page = await open('/status');
  await page.getByRole('heading', { name: 'Xem yêu cầu hòa giải' }).waitFor();
  await axeEveryWay(page, 'status');
  await page.getByRole('textbox', { name: /Mã tra cứu/ }).fill(receipt.code.toLowerCase());
  await page.getByRole('textbox', { name: /Mã bí mật/ }).fill(receipt.factor === 'AAA-AAA' ? 'BBB-BBB' : 'AAA-AAA');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Mã tra cứu hoặc mã bí mật không đúng' }).waitFor();
  expect(await page.getByRole('textbox', { name: /Mã bí mật/ }).getAttribute('aria-invalid')).toBe('true');
  await axeEveryWay(page, 'status-wrong');
  await page.getByRole('textbox', { name: /Mã bí mật/ }).fill(receipt.factor.toLowerCase().replace('-', ' '));
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByRole('heading', { name: 'Đã nhận yêu cầu. Tổ hòa giải sẽ liên lạc với bà con.' }).waitFor();
  const body = await page.locator('main').textContent();
  expect(body).not.toContain('Rơ Mah');
  expect(body).not.toContain('ranh giới');
  await axeEveryWay(page, 'status-answer');
  // The QR code's address fills the tracking code (after '#', which no server sees), never the factor.
  const fromQr = await open(`/status#code=${receipt.code}`);
  expect(await fromQr.getByRole('textbox', { name: /Mã tra cứu/ }).inputValue()).toBe(receipt.code);
  expect(await fromQr.getByRole('textbox', { name: /Mã bí mật/ }).inputValue()).toBe('');
  await fromQr.close();
  await page.close();
});

it('leaves nothing of a request after the inactivity wipe: not the name, not the receipt; a new visitor starts at the notice', async () => {
  const page = await browser.context.newPage();
  await page.clock.install();
  await page.goto(`${stack.kiosk}/`, { waitUntil: 'networkidle' });
  await page.locator('[data-hydrated="true"]').waitFor();
  await page.getByRole('link', { name: /Xin hòa giải/ }).click();
  await page.getByRole('button', { name: 'Tôi đồng ý' }).click();
  await page.getByRole('textbox', { name: 'Họ và tên của bà con' }).fill('Rơ Mah Bí Mật');
  await page.clock.runFor(90_000);
  await page.waitForURL(`${stack.kiosk}/`);
  // Only the kiosk's own device token stays (not the visitor's data).
  expect(await page.evaluate(() => [Object.keys(localStorage), sessionStorage.length, location.href])).toEqual([
    ['hgcs.kioskDevice'],
    0,
    `${stack.kiosk}/`,
  ]);
  await page.goBack();
  await page.locator('[data-hydrated="true"]').waitFor();
  expect(await page.content()).not.toContain('Bí Mật');
  // In the same page (no reload, so only the wipe can have emptied its memory), a new visitor asks again.
  if (new URL(page.url()).pathname !== '/') await page.getByRole('link', { name: /Trang đầu/ }).click();
  await page.getByRole('link', { name: /Xin hòa giải/ }).click();
  await page.getByRole('heading', { name: 'Trước khi bắt đầu' }).waitFor();
  await page.getByRole('button', { name: 'Tôi đồng ý' }).click();
  expect(await page.getByRole('textbox', { name: 'Họ và tên của bà con' }).inputValue()).toBe('');
  await page.close();
});
