/**
 * Issue 12, points 8 and 10 together in Chromium at 1080×1920: the inactivity wipe never drops the unsent queue.
 * Offline, a visitor answers the interview, picks English, large text and high contrast, and asks for mediation: the
 * request is queued on the kiosk. The kiosk is left alone — its idle timer driven by Playwright's clock, not the real
 * one: the warning at 60 s, the wipe at 90 s. After the wipe the form, the answers, the language and the text size
 * are reset; localStorage and sessionStorage hold nothing personal (every key and value listed); IndexedDB holds only
 * the queued request; the service worker's caches hold no personal data; going back in history shows none. Then the
 * network returns and the request is delivered once.
 */
import { createHash, randomUUID } from 'node:crypto';
import { schema } from '@hgcs/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { startStack } from './stack.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
const commune = 24013;
const token = `kd_${'e2e-idle-queue'.padEnd(43, 'x')}`;
const name = 'Nay H’Riêng Chờ Gửi';
const words = 'Hàng rào lấn sang rẫy nhà tôi';

beforeAll(async () => {
  stack = await startStack();
  browser = await launch({ width: 1080, height: 1920 });
  const [village] = await stack.db
    .insert(schema.villages)
    .values({ communeId: commune, name: 'Làng Chờ Mạng', kind: 'lang' })
    .returning({ id: schema.villages.id });
  await stack.db.insert(schema.teams).values({ communeId: commune, villageId: village!.id, name: 'Tổ Làng Chờ Mạng' });
  await stack.db.insert(schema.kioskDevices).values({
    communeId: commune,
    name: 'Ki-ốt chờ mạng',
    place: 'Sảnh xã',
    tokenHash: createHash('sha256').update(token).digest('hex'),
    createdAt: new Date('2026-11-20T02:00:00Z'),
    createdBy: randomUUID(),
  });
  await browser.context.addInitScript((t) => {
    if (!localStorage.getItem('hgcs.kioskDevice')) localStorage.setItem('hgcs.kioskDevice', t);
  }, token);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Every IndexedDB database, store and record of the page's origin. */
function indexedDbContents(page: Page) {
  return page.evaluate(async () => {
    const out: { db: string; store: string; records: unknown[] }[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        out.push({ db: info.name!, store, records });
      }
      db.close();
    }
    return out;
  });
}

it('keeps the unsent request through the idle wipe, leaves nothing else personal, and delivers it once online', async () => {
  const page = await browser.context.newPage();
  await page.clock.install();
  await page.goto(stack.kiosk, { waitUntil: 'networkidle' });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload({ waitUntil: 'networkidle' });
  await page.locator('[data-hydrated="true"]').waitFor();
  // Read once online (the service worker keeps the villages for offline).
  await page.locator('a.tile[href="/team"]').click();
  await page.getByRole('button', { name: 'Làng Chờ Mạng' }).waitFor();
  await page.locator('header a.home').click();
  await page.waitForURL(`${stack.kiosk}/`);

  await browser.context.setOffline(true);
  // Her interview answers, then her settings: large text, high contrast, English.
  await page.locator('a.tile[href="/can-mediate"]').click();
  await page.waitForURL(`${stack.kiosk}/can-mediate`);
  await page.getByRole('button', { name: /Đất đai, ranh giới/ }).click();
  await page.getByRole('button', { name: 'Có' }).click();
  await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  await page.locator('header button[data-lang="en"]').click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.locator('header a.home').click();
  await page.waitForURL(`${stack.kiosk}/`);
  // Her request, sent with no network: queued on the kiosk, its receipt shown.
  await page.locator('a.tile[href="/ask"]').click();
  await page.waitForURL(`${stack.kiosk}/ask`);
  await page.locator('.notice').waitFor();
  await page.locator('main button.choice').first().click(); // "I agree" (English now)
  await page.locator('main input[type="text"]').first().fill(name);
  await page.getByRole('button', { name: 'Làng Chờ Mạng' }).click();
  await page.locator('main .choice').first().click(); // through the village head
  await page.locator('main .choice').nth(1).click(); // land, money, property (scope category 'civil')
  await page.locator('main textarea').fill(words);
  await page.locator('main button.send').click();
  await page.getByTestId('queued').waitFor();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  const factor = (await page.getByTestId('factor').textContent())!.trim();
  expect(code).toMatch(/^HK-\w{4}-\w{4}$/);
  const queued = await indexedDbContents(page);
  expect(queued).toEqual([{ db: 'hgcs-kiosk', store: 'outbox', records: [expect.anything()] }]);
  // Hers: the name, the words, the receipt's codes (the village's name is public: the team finder lists it).
  const personal = [name, 'H’Riêng', words, code, factor];

  // Left alone: the warning at 60 s, then at 90 s the wipe, home.
  // (Playwright's clock also flows in real time between steps: the exact 60 s edge is kiosk-services' test.)
  await page.clock.runFor(60_000);
  await page.getByRole('alertdialog').waitFor();
  expect(page.url()).toBe(`${stack.kiosk}/ask`);
  expect(await page.getByTestId('tracking-code').textContent()).toBe(code);
  expect(await axeViolations(page)).toEqual([]);
  await page.clock.runFor(30_000);
  await page.waitForURL(`${stack.kiosk}/`);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
  expect(
    await page.evaluate(() => [document.documentElement.style.fontSize, document.documentElement.dataset.contrast]),
  ).toEqual(['100%', 'normal']);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Xin chào! Chúng tôi có thể giúp gì cho bà con?',
  );
  // The queue is said on screen still, and is the only thing in IndexedDB: the request itself, untouched.
  expect(await page.getByTestId('outbox').textContent()).toContain('Yêu cầu đang chờ gửi: 1');
  expect(await indexedDbContents(page)).toEqual(queued);

  // Storage: every key and value, nothing personal; only the kiosk's own device token in localStorage.
  const storage = await page.evaluate(() => ({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
  }));
  expect(storage.local).toEqual([['hgcs.kioskDevice', token]]);
  const flat = JSON.stringify(storage);
  for (const p of personal) expect(flat).not.toContain(p);
  // The service worker's caches hold the shell and public reads only: no personal text in any response kept.
  const cached = await page.evaluate(async () => {
    const texts: string[] = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys())
        if (!/\.(png|svg|woff2?|wav|ico)$/.test(request.url))
          texts.push(request.url, await (await cache.match(request))!.text());
    }
    return texts.join('\n');
  });
  for (const p of personal) expect(cached).not.toContain(p);
  // The page and its memory: nothing left; a new visitor starts at the notice with empty fields, the interview at 1.
  for (const p of personal) expect(await page.content()).not.toContain(p);

  // History: every entry back shows no personal data.
  for (let back = 0; back < 3; back++) {
    const before = page.url();
    await page.goBack().catch(() => null);
    await page.locator('[data-hydrated="true"]').waitFor();
    for (const p of personal) expect(await page.content(), `back ${back} from ${before}`).not.toContain(p);
    expect(await page.locator('[data-testid="tracking-code"]').count()).toBe(0);
  }
  await page.goto(`${stack.kiosk}/`); // offline: the service worker's shell
  await page.locator('[data-hydrated="true"]').waitFor();
  await page.locator('a.tile[href="/can-mediate"]').click();
  await expect.poll(() => page.locator('h1[data-question]').getAttribute('data-question')).toBe('kind');
  await page.locator('header a.home').click();
  await page.locator('a.tile[href="/ask"]').click();
  await page.getByRole('heading', { name: 'Trước khi bắt đầu' }).waitFor();
  await page.getByRole('button', { name: 'Tôi đồng ý' }).click();
  expect(await page.getByRole('textbox', { name: 'Họ và tên của bà con' }).inputValue()).toBe('');

  // The network returns: delivered once, the queue empties, a reload sends nothing more.
  const casesWith = async () => (await stack.db.select().from(schema.cases)).filter((c) => c.trackingCode === code);
  expect(await casesWith()).toHaveLength(0);
  await browser.context.setOffline(false);
  await page.evaluate(() => dispatchEvent(new Event('online')));
  await expect.poll(async () => (await casesWith()).length, { timeout: 60_000 }).toBe(1);
  await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 30_000 }).toBe(0);
  expect(await indexedDbContents(page)).toEqual([{ db: 'hgcs-kiosk', store: 'outbox', records: [] }]);
  const [row] = await casesWith();
  expect(row).toMatchObject({ channel: 'kiosk', status: 'received', disputeKind: 'civil' });
  await page.reload({ waitUntil: 'networkidle' });
  await page.clock.runFor(31_000); // the outbox's 30 s resend: nothing left to send
  expect(await casesWith()).toHaveLength(1);
  await page.close();
});
