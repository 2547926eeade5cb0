/**
 * Issue 12 in Chromium at the kiosk's 1080×1920 portrait screen: find my team (a village typed without diacritics,
 * its leader and members, only consented phones), "can this be mediated?" (one question per screen, the domain's
 * answer, taps counted), the languages by their own names, text controls with words, the inactivity wipe (driven by
 * Playwright's clock: warning, then nothing left in the page, storage or history), the Vietnamese not-found page
 * with the reset running, an offline plan page in plain words, the web portal's team list and the year picker.
 * axe (0 serious) on every new screen, also in high contrast and at the largest text size. Screenshots go to
 * $KIOSK_SHOTS when set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@hgcs/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launch } from './browser.ts';
import { startStack } from './stack.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
const commune = 24013;
const shots = process.env.KIOSK_SHOTS;

beforeAll(async () => {
  stack = await startStack();
  browser = await launch({ width: 1080, height: 1920 });
  if (shots) mkdirSync(shots, { recursive: true });
  // A village whose name has diacritics, its team with a meeting place and time, a leader who agreed to show a
  // phone, a deputy who did not, and a member who left.
  const [village] = await stack.db
    .insert(schema.villages)
    .values({ communeId: commune, name: 'Làng Pờ Tó Thượng', kind: 'lang' })
    .returning({ id: schema.villages.id });
  const [team] = await stack.db
    .insert(schema.teams)
    .values({
      communeId: commune,
      villageId: village!.id,
      name: 'Tổ hòa giải làng Pờ Tó Thượng',
      meetingPlace: 'Nhà rông làng Pờ Tó Thượng',
      meetingTime: 'Chiều Chủ nhật hằng tuần',
    })
    .returning({ id: schema.teams.id });
  const person = async (fullName: string, phone: string | null, phonePublic: boolean) =>
    (
      await stack.db
        .insert(schema.mediators)
        .values({
          communeId: commune,
          fullName,
          gender: 'female',
          birthYear: 1970,
          ethnicity: 'Jrai',
          ethnicMinority: true,
          residenceVillageId: village!.id,
          phone,
          phonePublic,
          personalDataBasis: 'consent',
        })
        .returning({ id: schema.mediators.id })
    )[0]!.id;
  const join = (mediatorId: string, role: 'leader' | 'deputy' | 'member', leftOn: string | null = null) =>
    stack.db.insert(schema.teamMemberships).values({
      communeId: commune,
      teamId: team!.id,
      mediatorId,
      role,
      joinedOn: '2026-01-10',
      leftOn,
      leftReason: leftOn ? 'voluntary' : null,
    });
  await join(await person("Rơ Mah H'Bia", '0912 345 678', true), 'leader');
  await join(await person('Siu Bí Mật', '0987 000 111', false), 'deputy');
  await join(await person('Ksor Đã Nghỉ', '0977 222 333', true), 'member', '2026-06-01');
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function open(path: string, clock = false): Promise<Page> {
  const page = await browser.context.newPage();
  if (clock) await page.clock.install();
  await page.goto(`${stack.kiosk}${path}`, { waitUntil: 'networkidle' });
  await page.locator('[data-hydrated="true"]').waitFor();
  return page;
}
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}
/** axe in the normal look, then in high contrast at the largest text size (then back). */
async function axeEveryWay(page: Page, name: string) {
  expect(await axeViolations(page), name).toEqual([]);
  await shot(page, name);
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  while (await page.getByRole('button', { name: 'Chữ lớn hơn' }).isEnabled())
    await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('150%');
  expect(await axeViolations(page), `${name}, high contrast, largest text`).toEqual([]);
  await shot(page, `${name}-contrast-large`);
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  await page.getByRole('button', { name: 'Chữ bình thường' }).click();
}

it('finds the team of a village typed without diacritics: leader, members, where and when, consented phones only', async () => {
  const page = await open('/');
  let taps = 0;
  const tap = async (locator: ReturnType<Page['locator']>) => {
    taps++;
    await locator.click();
  };
  const tile = page.getByRole('link', { name: /Tìm tổ hòa giải của thôn/ });
  expect((await tile.boundingBox())!.height).toBeGreaterThanOrEqual(96);
  await axeEveryWay(page, 'home');
  await tap(tile);
  await page.waitForURL(`${stack.kiosk}/team`);
  await page.getByRole('heading', { name: 'Bà con ở thôn, làng nào?' }).waitFor();
  await page.getByRole('button', { name: 'Làng Bi Dông' }).waitFor();
  await axeEveryWay(page, 'team-villages');

  const search = page.getByRole('searchbox', { name: /Gõ tên thôn, làng/ });
  await search.fill('po to');
  const villages = () => page.locator('.villages button').evaluateAll((els) => els.map((e) => e.textContent!.trim()));
  await expect.poll(villages).toEqual(['Làng Pờ Tó Thượng']);
  await search.fill('thuong TO');
  expect(await page.locator('.villages button').count()).toBe(1);
  await search.fill('không có làng này');
  await page.getByText('Không thấy thôn, làng nào có tên này').waitFor();
  await search.fill('po to');
  const choice = page.getByRole('button', { name: 'Làng Pờ Tó Thượng' });
  expect((await choice.boundingBox())!.height).toBeGreaterThanOrEqual(56);
  await tap(choice);

  const card = page.locator('.team-card');
  await card.waitFor();
  expect(taps).toBe(2);
  expect(page.url()).toBe(`${stack.kiosk}/team`);
  const text = (await card.textContent())!;
  expect(text).toContain('Tổ hòa giải làng Pờ Tó Thượng');
  expect(text).toContain('Nhà rông làng Pờ Tó Thượng');
  expect(text).toContain('Chiều Chủ nhật hằng tuần');
  expect(await card.locator('.leader').textContent()).toContain("Rơ Mah H'Bia");
  expect(await card.locator('.leader a[href^="tel:"]').textContent()).toBe('0912 345 678');
  expect(text).toContain('Siu Bí Mật');
  for (const hidden of ['0987 000 111', 'Ksor Đã Nghỉ', '0977 222 333', 'Jrai', '1970'])
    expect(await page.locator('main').textContent()).not.toContain(hidden);
  await axeEveryWay(page, 'team-card');

  await page.getByRole('button', { name: 'Chọn thôn, làng khác' }).click();
  await page.getByRole('button', { name: 'Làng Bi Dông' }).click();
  await page.getByText('Thôn, làng này chưa có tổ hòa giải').waitFor();
  await page.close();
});

it('answers "can this be mediated?" one question per screen with the domain rule, in 7 taps for a land quarrel', async () => {
  const page = await open('/');
  let taps = 0;
  const choose = async (name: string | RegExp) => {
    taps++;
    await page.getByRole('button', { name }).click();
  };
  taps++;
  await page.getByRole('link', { name: /Việc của tôi có hòa giải được không/ }).click();
  await page.waitForURL(`${stack.kiosk}/can-mediate`);
  const question = page.locator('h1[data-question]');
  await expect.poll(() => question.getAttribute('data-question')).toBe('kind');
  expect(await page.locator('.choice').count()).toBe(5);
  for (const b of await page.locator('.choice').all()) {
    expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(56);
    expect(await b.locator('svg').count()).toBe(1);
  }
  await axeEveryWay(page, 'ask-kind');

  // A boundary quarrel over land, not filed with the commune: mediable, with the commune's land mediation if it fails.
  await choose(/Đất đai, ranh giới/);
  await expect.poll(() => question.getAttribute('data-question')).toBe('land');
  expect(await page.locator('.step-label').textContent()).toContain('Câu 2');
  await axeEveryWay(page, 'ask-land');
  await choose('Có');
  await expect.poll(() => question.getAttribute('data-question')).toBe('landFiled');
  await choose('Chưa nộp');
  await choose(/Chưa, chưa ai giải quyết/);
  await expect.poll(() => question.getAttribute('data-question')).toBe('hurt');
  await choose('Không');
  await expect.poll(() => question.getAttribute('data-question')).toBe('danger');
  await choose('Không');
  const answer = page.locator('h1[data-mediable]');
  await answer.waitFor();
  expect(taps).toBe(7);
  expect(await answer.getAttribute('data-mediable')).toBe('true');
  expect(await answer.textContent()).toContain('Việc này có thể hòa giải ở thôn, làng.');
  expect(await page.locator('[data-target="commune_land_mediation"]').textContent()).toContain(
    'hòa giải tranh chấp đất đai',
  );
  expect(await page.locator('main').textContent()).toContain('không phải tư vấn pháp luật');
  expect(page.url()).toBe(`${stack.kiosk}/can-mediate`);
  await axeEveryWay(page, 'ask-answer-mediable');

  // Back one question, then: already filed with the commune → not here, the commune's land mediation instead.
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await expect.poll(() => question.getAttribute('data-question')).toBe('danger');
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await expect.poll(() => question.getAttribute('data-question')).toBe('landFiled');
  await choose('Đã nộp đơn lên xã');
  await expect.poll(() => question.getAttribute('data-question')).toBe('hurt');
  await choose('Không');
  await choose('Có');
  await answer.waitFor();
  expect(await answer.getAttribute('data-mediable')).toBe('false');
  expect(
    await page.locator('.places [data-target]').evaluateAll((els) => els.map((e) => e.getAttribute('data-target'))),
  ).toEqual(['commune_land_mediation']);
  expect(await page.getByRole('alert').textContent()).toContain('113');
  await axeEveryWay(page, 'ask-answer-not-mediable');

  // A fight with injuries: the police. A family matter already in court: the court.
  await page.getByRole('button', { name: 'Làm lại từ đầu' }).click();
  await choose(/Có người làm sai/);
  await choose(/Chưa, chưa ai giải quyết/);
  await choose('Có');
  await choose('Không');
  await answer.waitFor();
  expect(await page.locator('.places [data-target]').getAttribute('data-target')).toBe('police');
  await page.getByRole('button', { name: 'Làm lại từ đầu' }).click();
  await choose(/Chuyện vợ chồng/);
  await choose('Tòa án đang giải quyết');
  await choose('Không');
  await choose('Không');
  await answer.waitFor();
  expect(await page.locator('.places [data-target]').getAttribute('data-target')).toBe('court');
  await page.close();
});

it('offers the languages by their own names and the text controls with visible words', async () => {
  const page = await open('/');
  const langs = page.getByRole('group', { name: 'Ngôn ngữ' });
  expect(await langs.getByRole('button').allTextContents()).toEqual(['Tiếng Việt', 'Bahnar', 'Jrai', 'English']);
  const sizes = page.getByRole('group', { name: 'Cỡ chữ' });
  expect((await sizes.innerText()).replace(/\s+/g, ' ')).toContain('Chữ nhỏ hơn');
  expect((await sizes.innerText()).replace(/\s+/g, ' ')).toContain('Tương phản cao');
  for (const b of await page.locator('header button').all())
    expect((await b.boundingBox())!.height, (await b.textContent())!).toBeGreaterThanOrEqual(56);
  await langs.getByRole('button', { name: 'Jrai' }).click();
  expect(await page.getByRole('status').textContent()).toContain('Chưa có bản tiếng Jrai');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Xin chào! Chúng tôi có thể giúp gì cho bà con?',
  );
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'home-jrai');
  await langs.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).not.toContain('Xin chào');
  expect(await page.getByRole('group', { name: 'Language' }).getByRole('button').allTextContents()).toEqual([
    'Tiếng Việt',
    'Bahnar',
    'Jrai',
    'English',
  ]);
  await page.close();
});

it('warns after a minute alone, then wipes choices, language and size within 90 s: nothing in page, storage or history', async () => {
  const page = await open('/', true);
  await page.getByRole('link', { name: /hòa giải được không/ }).click();
  await page.waitForURL(`${stack.kiosk}/can-mediate`);
  await page.getByRole('button', { name: /Đất đai/ }).click();
  await page.getByRole('button', { name: 'Có' }).click();
  await page.getByRole('link', { name: /Trang đầu/ }).click();
  await page.waitForURL(`${stack.kiosk}/`);
  await page.getByRole('link', { name: /Tìm tổ hòa giải/ }).click();
  await page.waitForURL(`${stack.kiosk}/team`);
  await page.getByRole('searchbox').fill('po to');
  await page.getByRole('button', { name: 'Làng Pờ Tó Thượng' }).click();
  await page.locator('.team-card').waitFor();
  await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'English' }).click();

  // 59 s alone: nothing yet; at 60 s the warning; a touch keeps everything.
  await page.clock.runFor(59_000);
  expect(await page.getByRole('alertdialog').count()).toBe(0);
  await page.clock.runFor(1_000);
  await page.getByRole('alertdialog').waitFor();
  expect(await page.getByRole('alertdialog').textContent()).toContain('30');
  await shot(page, 'idle-warning');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'I am still using it' }).click();
  expect(await page.getByRole('alertdialog').count()).toBe(0);
  await page.clock.runFor(89_000);
  expect(page.url()).toBe(`${stack.kiosk}/team`);
  expect(await page.locator('.team-card').textContent()).toContain('Nhà rông');

  // No touch for 90 s: home, Vietnamese, normal size, and the answers, village and search are gone.
  await page.clock.runFor(1_000);
  await page.waitForURL(`${stack.kiosk}/`);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('100%');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Xin chào');
  const storage = await page.evaluate(() => ({
    local: localStorage.length,
    session: Object.values(sessionStorage).join(' '),
  }));
  expect(storage.local).toBe(0);
  for (const kept of ['Pờ Tó', 'po to', 'land', 'English', 'en']) expect(storage.session).not.toContain(kept);

  // Back: the team page's entry was replaced by home; further back, the interview comes back empty.
  await page.goBack();
  await page.waitForURL(`${stack.kiosk}/`);
  expect(await page.locator('main').textContent()).not.toContain('Nhà rông');
  await page.goBack();
  await page.waitForURL(`${stack.kiosk}/can-mediate`);
  await expect.poll(() => page.locator('h1[data-question]').getAttribute('data-question')).toBe('kind');
  expect(await page.locator('.step-label').textContent()).toContain('Câu 1');
  await page.close();
});

it('shows a Vietnamese not-found page with a way home at any unknown address, and the reset still runs there', async () => {
  const page = await browser.context.newPage();
  await page.clock.install();
  for (const path of ['/khong-co-trang-nay', '/trpc/khong.co', '/team/abc']) {
    const res = await page.goto(`${stack.kiosk}${path}`, { waitUntil: 'networkidle' });
    expect(res!.status(), path).toBe(404);
    expect(res!.headers()['content-type'], path).toBe('text/html; charset=utf-8');
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/Ã|Â|á»|Internal|Not Found/);
  }
  await page.locator('[data-hydrated="true"]').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'not-found');
  await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  await page.clock.runFor(90_000);
  await page.waitForURL(`${stack.kiosk}/`);
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('100%');
  await page.goto(`${stack.kiosk}/trpc/khong.co`);
  await page.getByRole('link', { name: /Về trang chủ/ }).click();
  await page.waitForURL(`${stack.kiosk}/`);
  await page.close();
});

it('says in Vietnamese, with retry and home, when the plan or the teams cannot be read — never a raw error', async () => {
  // A kiosk that has kept nothing yet (once its service worker has kept a screen's data, it shows the kept one).
  const firstStart = await launch({ width: 1080, height: 1920 }, { serviceWorkers: 'block' });
  const page = await firstStart.context.newPage();
  await page.route('**/trpc/**', (route) => route.abort('internetdisconnected'));
  for (const path of ['/plan', '/team', '/teams']) {
    await page.goto(`${stack.kiosk}${path}`, { waitUntil: 'networkidle' });
    await page.getByRole('alert').waitFor();
    const text = (await page.locator('main').textContent())!;
    expect(text, path).toContain('Chưa kết nối được máy chủ');
    expect(text, path).not.toMatch(/Internal|Error|500|HTTP/);
    expect(await page.getByRole('button', { name: /Thử lại/ }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('alert')
        .getByRole('link', { name: /Về trang chủ/ })
        .isVisible(),
    ).toBe(true);
  }
  await shot(page, 'plan-offline');
  expect(await axeViolations(page)).toEqual([]);
  await page.unroute('**/trpc/**');
  await page.getByRole('button', { name: /Thử lại/ }).click();
  await page.locator('li.group').first().waitFor();
  await firstStart.close();
});

it("lists every village's team for the web portal, and shows an earlier year's progress by the year picker", async () => {
  const page = await open('/teams');
  const village = page.locator('li.group', { hasText: 'Làng Pờ Tó Thượng' });
  await village.locator('.team-card').waitFor();
  expect(await village.textContent()).toContain("Rơ Mah H'Bia");
  expect(await page.locator('main').textContent()).not.toContain('0987 000 111');
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
  await axeEveryWay(page, 'teams-portal');
  await page.close();

  const progress = await open('/progress');
  const years = progress.getByRole('group', { name: 'Xem năm' });
  await years.waitFor();
  expect(await years.getByRole('button').allTextContents()).toEqual(['2025', '2026', '2027']);
  expect(await years.getByRole('button', { name: '2027' }).getAttribute('aria-pressed')).toBe('true');
  await years.getByRole('button', { name: '2025' }).click();
  await progress.getByRole('heading', { name: 'Cả năm 2025' }).waitFor();
  expect(await years.getByRole('button', { name: '2025' }).getAttribute('aria-pressed')).toBe('true');
  await axeEveryWay(progress, 'progress-2025');
  await progress.close();
});
