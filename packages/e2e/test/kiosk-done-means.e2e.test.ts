/**
 * Issue 12, "Done means", walked in Chromium at the kiosk's 1080×1920 portrait screen, in high contrast at the
 * largest text size and in Jrai: the justice officer first enters a few Jrai texts in the console (the rest read in
 * Vietnamese); at the kiosk a Jrai grandmother presses "Nghe" on every screen (a spy on the browser's speech, as in
 * kiosk-listen), finds her village's team and its leader, learns from the interview that her boundary quarrel over
 * land (scope category 'civil', land use rights, Decree 15/2014 Art. 5.1.b) can be mediated, asks for mediation
 * while the network is down, gets her receipt (the print stylesheet shows it), and when the network returns the
 * team's case queue in the console has her request exactly once. axe (0 serious or critical) on every screen; the
 * taps from the home screen to the submitted request are counted (≤ 6). Screenshots go to $KIOSK_SHOTS when set.
 *
 * How taps are counted (as kiosk-ask): every click on a button, link or choice from the home screen to the receipt;
 * typing (the name, the search) is not a tap.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@hgcs/db';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let consoleBrowser: Browser;
let kioskBrowser: Browser;
let officer: Page;
let teamId = '';
const commune = 24013;
const password = 'mat-khau-e2e-ba-jrai-2026';
const shots = process.env.KIOSK_SHOTS;
/** Test texts standing for the commune's Jrai (not real Jrai). */
const jrai = {
  'kiosk.welcome': 'JRAI: lời chào của xã',
  'kiosk.findTeam': 'JRAI: tìm tổ hòa giải',
  'kiosk.answerYes': 'JRAI: việc này hòa giải được',
  'kiosk.receiptTitle': 'JRAI: đã gửi yêu cầu',
};

beforeAll(async () => {
  stack = await startStack();
  await insertEnrolledUser(
    stack.db,
    {
      communeId: commune,
      username: 'tuphap',
      displayName: 'Lê Thị Tư Pháp',
      role: 'justice_officer',
      agencyCode: 'office',
    },
    password,
  );
  // Her village, its team with a place and time, the leader (who agreed to show a phone) and a member.
  const [village] = await stack.db
    .insert(schema.villages)
    .values({ communeId: commune, name: 'Plei Ơi Nhĭm', kind: 'lang' })
    .returning({ id: schema.villages.id });
  const [team] = await stack.db
    .insert(schema.teams)
    .values({
      communeId: commune,
      villageId: village!.id,
      name: 'Tổ hòa giải Plei Ơi Nhĭm',
      meetingPlace: 'Nhà rông Plei Ơi Nhĭm',
      meetingTime: 'Sáng thứ Bảy',
    })
    .returning({ id: schema.teams.id });
  teamId = team!.id;
  const person = async (fullName: string, phone: string | null, phonePublic: boolean) =>
    (
      await stack.db
        .insert(schema.mediators)
        .values({
          communeId: commune,
          fullName,
          gender: 'male',
          birthYear: 1965,
          ethnicity: 'Jrai',
          ethnicMinority: true,
          residenceVillageId: village!.id,
          phone,
          phonePublic,
          personalDataBasis: 'consent',
        })
        .returning({ id: schema.mediators.id })
    )[0]!.id;
  for (const [mediatorId, role] of [
    [await person('Rơ Châm Bưih', '0905 111 222', true), 'leader'],
    [await person('Kpă Hyơn', null, false), 'member'],
  ] as const)
    await stack.db
      .insert(schema.teamMemberships)
      .values({ communeId: commune, teamId, mediatorId, role, joinedOn: '2026-01-10' });
  // A registered kiosk: its token in the kiosk's storage, only its hash in the database (as kiosk-ask).
  const token = `kd_${'e2e-done-means'.padEnd(43, 'x')}`;
  await stack.db.insert(schema.kioskDevices).values({
    communeId: commune,
    name: 'Ki-ốt sảnh xã',
    place: 'Sảnh UBND xã',
    tokenHash: createHash('sha256').update(token).digest('hex'),
    createdAt: new Date('2026-11-20T02:00:00Z'),
    createdBy: randomUUID(),
  });
  consoleBrowser = await launch();
  kioskBrowser = await launch({ width: 1080, height: 1920 });
  if (shots) mkdirSync(shots, { recursive: true });
  await kioskBrowser.context.addInitScript((t) => {
    if (!localStorage.getItem('hgcs.kioskDevice')) localStorage.setItem('hgcs.kioskDevice', t);
    // The speech spy (as kiosk-listen): a device with a Vietnamese voice; what is spoken is kept, not played.
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const voice = { lang: 'vi-VN', name: 'Tiếng Việt', default: true, localService: true, voiceURI: 'vi' };
    speechSynthesis.getVoices = () => [voice as SpeechSynthesisVoice];
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u.text);
  }, token);
  officer = await consoleBrowser.context.newPage();
  await signInWithCode(officer, stack.admin, 'tuphap', password);
}, 180_000);
afterAll(async () => {
  await consoleBrowser?.close();
  await kioskBrowser?.close();
  await stack?.stop();
});

it('the officer enters a few Jrai texts in the console; the others stay Vietnamese', async () => {
  for (const [key, text] of Object.entries(jrai)) {
    await officer.goto(`${stack.admin}/translations?lang=jra&q=${key}`, { waitUntil: 'networkidle' });
    const item = officer.locator(`li[data-key="${key}"]`);
    await item.locator('textarea').fill(text);
    await item.getByRole('button', { name: 'Lưu' }).click();
    await item.getByText(/Đã lưu/).waitFor();
  }
});

it('a Jrai grandmother hears each screen, finds her team leader, learns her boundary quarrel can be mediated, asks offline, takes her receipt; the team sees it once', async () => {
  const page = await kioskBrowser.context.newPage();
  // The kiosk as it stands in the hall: loaded once online, its service worker in charge of the page.
  await page.goto(stack.kiosk, { waitUntil: 'networkidle' });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload({ waitUntil: 'networkidle' });
  await page.locator('[data-hydrated="true"]').waitFor();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // Her settings: Jrai, high contrast, the largest text (chosen on the home screen; not part of the request's taps).
  await page.locator('header button[data-lang="jra"]').click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(jrai['kiosk.welcome']);
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  while (await page.getByRole('button', { name: 'Chữ lớn hơn' }).isEnabled())
    await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('150%');
  expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');

  const heard: Record<string, string> = {};
  /** "Nghe" on this screen, then axe (0 serious) and a screenshot. */
  async function screen(name: string) {
    heard[name] = await listen(page);
    expect(await axeViolations(page), name).toEqual([]);
    if (shots) await page.screenshot({ path: join(shots, `done-${name}.png`), fullPage: true });
  }

  // Home, in Jrai where the commune translated, in Vietnamese elsewhere (and the screen says so).
  expect(await page.getByRole('status').filter({ hasText: 'chưa được dịch' }).count()).toBe(1);
  await screen('home');

  // Find my team: her village typed without diacritics, its leader with his phone, where and when.
  await page.locator('a.tile[href="/team"]').click();
  await page.waitForURL(`${stack.kiosk}/team`);
  await page.getByRole('searchbox').waitFor();
  await screen('team-villages');
  await page.getByRole('searchbox').fill('plei oi nhim');
  await page.getByRole('button', { name: 'Plei Ơi Nhĭm' }).click();
  const card = page.locator('.team-card');
  await card.waitFor();
  expect(await card.locator('.leader').textContent()).toContain('Rơ Châm Bưih');
  expect(await card.locator('.leader a[href^="tel:"]').textContent()).toBe('0905 111 222');
  expect(await card.textContent()).toContain('Nhà rông Plei Ơi Nhĭm');
  await screen('team-card');

  // "Can this be mediated?": a boundary quarrel over land with the neighbour, not filed anywhere, nobody hurt.
  await page.locator('header a.home').click();
  await page.waitForURL(`${stack.kiosk}/`);
  await page.locator('a.tile[href="/can-mediate"]').click();
  await page.waitForURL(`${stack.kiosk}/can-mediate`);
  const question = page.locator('h1[data-question]');
  for (const [asked, choice] of [
    ['kind', /Đất đai, ranh giới/],
    ['land', 'Có'],
    ['landFiled', 'Chưa nộp'],
    ['elsewhere', /Chưa, chưa ai giải quyết/],
    ['hurt', 'Không'],
    ['danger', 'Không'],
  ] as const) {
    await expect.poll(() => question.getAttribute('data-question')).toBe(asked);
    await screen(`interview-${asked}`);
    await page.getByRole('button', { name: choice }).click();
  }
  const answer = page.locator('h1[data-mediable]');
  await answer.waitFor();
  expect(await answer.getAttribute('data-mediable')).toBe('true');
  expect(await answer.textContent()).toContain(jrai['kiosk.answerYes']);
  expect(await page.locator('main').textContent()).toContain('không phải tư vấn pháp luật');
  await screen('interview-answer');

  // The network goes down; she goes home and asks for mediation.
  await kioskBrowser.context.setOffline(true);
  await page.locator('header a.home').click();
  await page.waitForURL(`${stack.kiosk}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(jrai['kiosk.welcome']);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
  });
  let taps = 0;
  const tap = async (locator: Locator) => {
    taps++;
    await locator.click();
  };
  await tap(page.locator('a.tile[href="/ask"]'));
  await page.waitForURL(`${stack.kiosk}/ask`);
  await page.getByRole('button', { name: 'Tôi đồng ý' }).waitFor();
  await screen('ask-notice');
  await tap(page.getByRole('button', { name: 'Tôi đồng ý' }));
  await page.getByRole('textbox', { name: 'Họ và tên của bà con' }).waitFor();
  await page.getByRole('textbox', { name: 'Họ và tên của bà con' }).fill('Siu H’Dơk');
  await page.getByRole('searchbox', { name: /Gõ tên thôn, làng/ }).fill('plei oi');
  await screen('ask-who');
  await tap(page.getByRole('button', { name: 'Plei Ơi Nhĭm' }));
  await page.getByRole('button', { name: 'Nhắn qua trưởng thôn' }).waitFor();
  await screen('ask-contact');
  await tap(page.getByRole('button', { name: 'Nhắn qua trưởng thôn' }));
  await page.getByRole('button', { name: /Đất đai/ }).waitFor();
  await screen('ask-about');
  await tap(page.getByRole('button', { name: /Đất đai/ }));
  await tap(page.getByRole('button', { name: 'Gửi yêu cầu' }));

  // The receipt, kept on the kiosk and said so honestly; its code made by the kiosk.
  const queued = page.getByTestId('queued');
  await queued.waitFor();
  expect(taps).toBeLessThanOrEqual(6);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(jrai['kiosk.receiptTitle']);
  expect(await queued.textContent()).toContain('Yêu cầu đang chờ gửi: 1');
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  expect(code).toMatch(/^HK-\w{4}-\w{4}$/);
  expect((await page.getByTestId('factor').textContent())!.trim()).toMatch(/^\w{3}-\w{3}$/);
  await page.locator('.qr[data-ready="true"] svg').waitFor();
  await screen('receipt');
  // What the printer gets: the receipt's own title, the codes and the QR code; not the bar or the buttons.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const visible = (el: Element | null) => !!el && getComputedStyle(el).visibility === 'visible';
    const title = document.querySelector('.paper-title');
    return {
      title: title && getComputedStyle(title).display !== 'none' ? title.textContent!.trim() : null,
      code: visible(document.querySelector('[data-testid="tracking-code"]')),
      factor: visible(document.querySelector('[data-testid="factor"]')),
      qr: visible(document.querySelector('.qr svg')),
      bar: visible(document.querySelector('.bar .home')),
      button: visible(document.querySelector('main .action')),
    };
  });
  expect(printed).toEqual({
    title: jrai['kiosk.receiptTitle'],
    code: true,
    factor: true,
    qr: true,
    bar: false,
    button: false,
  });
  if (shots) await page.screenshot({ path: join(shots, 'done-receipt-print.png') });
  await page.emulateMedia({ media: 'screen' });
  const casesWith = async () => (await stack.db.select().from(schema.cases)).filter((c) => c.trackingCode === code);
  expect(await casesWith()).toHaveLength(0);

  // The network returns: the kiosk sends it; one case in her village team's queue.
  await kioskBrowser.context.setOffline(false);
  await page.evaluate(() => dispatchEvent(new Event('online')));
  await expect.poll(async () => (await casesWith()).length, { timeout: 60_000 }).toBe(1);
  await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 30_000 }).toBe(0);
  expect(posts.filter((p) => p === '/trpc/kioskRequest.submit').length).toBeGreaterThanOrEqual(1);
  const [row] = await casesWith();
  expect(row).toMatchObject({ channel: 'kiosk', teamId, status: 'received' });
  expect((await stack.db.select().from(schema.cases)).filter((c) => c.clientKey === row!.clientKey)).toHaveLength(1);

  await officer.goto(`${stack.admin}/cases?team=${teamId}`, { waitUntil: 'networkidle' });
  expect(await officer.locator(`tr[data-case="${code}"]`).count()).toBe(1);
  expect(await officer.locator(`tr[data-case="${code}"]`).textContent()).toContain('Tổ hòa giải Plei Ơi Nhĭm');
  await checkPage(officer, 'done-team-queue');

  // Every screen could be heard: spoken, played, or (no Jrai recording yet) said so plainly on the screen.
  for (const [name, how] of Object.entries(heard))
    expect(['speech', 'audio', 'no-recording'], `Nghe on ${name}`).toContain(how);
  await page.close();
});

/**
 * Presses "Nghe" and says what the kiosk did: spoke (the spy kept the lines), played a file, or said on the screen
 * that no recording exists in the chosen language. Stops the reading again, so the next screen starts quiet.
 */
async function listen(page: Page): Promise<string> {
  const before = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.length);
  await page.locator('.listen-button').click();
  let how = '';
  await expect
    .poll(async () => {
      const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.length);
      if (spoken > before) how = 'speech';
      else if (await page.getByTestId('listen-audio').getAttribute('src')) how = 'audio';
      else if ((await page.locator('.listen-notice').count()) > 0) how = 'notice';
      return how;
    })
    .not.toBe('');
  if (how === 'notice') {
    const notice = (await page.locator('.listen-notice').textContent())!;
    how = notice.includes('Chưa có bản ghi âm tiếng Jrai') ? 'no-recording' : `unavailable: ${notice}`;
  }
  if ((await page.locator('.listen-button').getAttribute('aria-pressed')) === 'true')
    await page.locator('.listen-button').click();
  return how;
}
