/**
 * Issue 13, point 8, in Chromium on the e2e clock (2027): the chairman opens the Decision 315 dashboard from the
 * menu, picks 2026 and reads each target for the commune and per village — a target met, one not met, and "Chưa có
 * số liệu" (never 0 %) for a village without cases; each chart has its table. The province officer reads the same
 * commune. axe and the 360 px fit on each page (`checkPage`). The registry and the cases are seeded in the database.
 */
import { schema } from '@hgcs/db';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import { freshCode, e2eTotpSecret, insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
const browsers: Browser[] = [];
const pages: Record<'chairman' | 'province', Page> = {} as never;
const password = 'mat-khau-e2e-de-an-315-2027';

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });

async function teamWith(villageName: string, people: readonly (readonly [string, 'male' | 'female', string])[]) {
  const db = stack.db;
  const [village] = await db
    .insert(schema.villages)
    .values({ communeId: 24013, name: villageName, kind: 'lang' })
    .returning();
  const [team] = await db
    .insert(schema.teams)
    .values({ communeId: 24013, villageId: village!.id, name: `Tổ hòa giải ${villageName}` })
    .returning();
  for (const [i, [fullName, gender, ethnicity]] of people.entries()) {
    const [m] = await db
      .insert(schema.mediators)
      .values({
        communeId: 24013,
        fullName,
        gender,
        birthYear: 1975,
        ethnicity,
        ethnicMinority: ethnicity !== 'Kinh',
        residenceVillageId: village!.id,
        personalDataBasis: 'public_task',
      })
      .returning();
    await db.insert(schema.teamMemberships).values({
      communeId: 24013,
      teamId: team!.id,
      mediatorId: m!.id,
      joinedOn: '2026-02-01',
      role: i === 0 ? 'leader' : 'member',
    });
  }
  return team!.id;
}

async function seed() {
  const full = await teamWith('Làng Đủ Thành Phần', [
    ['Rơ Mah Hlim', 'female', 'Jrai'],
    ['Nguyễn Văn Tư', 'male', 'Kinh'],
    ['Ksor Nhơ', 'male', 'Jrai'],
  ]);
  await teamWith('Làng Chưa Có Vụ', [['Siu Thắm', 'female', 'Ba Na']]);
  const cases = [
    ['2026-03-02', 'successful', '2026-03-09'],
    ['2026-05-04', 'successful', '2026-05-20'],
    ['2026-09-10', 'successful', '2026-09-15'],
    ['2026-10-10', 'successful', '2026-10-15'],
    ['2026-11-01', 'successful', '2026-11-05'],
    ['2026-11-20', 'successful', '2026-11-25'],
  ] as const;
  for (const [receivedOn, status, endedOn] of cases)
    await stack.db.insert(schema.cases).values({
      communeId: 24013,
      teamId: full,
      clientKey: randomUUID(),
      trackingCode: `HG-${randomUUID().slice(0, 4).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`,
      channel: 'walk_in',
      requestedOn: receivedOn,
      receivedOn,
      disputeKind: 'civil',
      summary: 'Tranh chấp ranh giới đất vườn',
      privacyNoticeAt: new Date(`${receivedOn}T02:00:00Z`),
      privacyNoticeVersion: 'pdp-notice-2026-01',
      scopeDecision: 'mediate',
      status,
      lastChangedOn: endedOn,
      startedOn: receivedOn,
      endedOn,
    });
}

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

beforeAll(async () => {
  stack = await startStack();
  await seed();
  await insertEnrolledUser(
    stack.db,
    { communeId: 24013, username: 'chutich315', displayName: 'Ksor Thu', role: 'chairman', agencyCode: 'office' },
    password,
  );
  await insertEnrolledUser(
    stack.db,
    {
      communeId: null,
      provinceCode: '52',
      username: 'stp.de-an',
      displayName: 'Cán bộ Sở Tư pháp',
      role: 'province_officer',
      agencyCode: null,
    },
    password,
  );
  for (const who of ['chairman', 'province'] as const) {
    const browser = await launch();
    browsers.push(browser);
    const page = await browser.context.newPage();
    if (who === 'province') await signInProvince(page, 'stp.de-an');
    else await signInWithCode(page, stack.admin, 'chutich315', password);
    pages[who] = page;
  }
}, 420_000);
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await stack?.stop();
});

const cell = (page: Page, scope: string, indicator: string) =>
  page.getByTestId(scope).locator(`tr[data-indicator="${indicator}"]`).first();

describe('the Decision 315 dashboard', () => {
  it('the chairman opens it from the menu and picks 2026', async () => {
    const page = pages.chairman;
    await go(page, '/');
    await page.getByRole('link', { name: 'Chỉ tiêu Đề án 315' }).click();
    await page.waitForURL(/\/reports\/decision-315$/);
    await page.locator('#year-select').selectOption('2026');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/year=2026/);
    await page.getByRole('heading', { name: /Toàn xã .* năm 2026/ }).waitFor();
  });
  it('shows a target met, one not met, and no data rather than 0 %', async () => {
    const page = pages.chairman;
    // 6 successful of 6 received: met; 1 of 2 teams consolidated: not met.
    const rate = cell(page, 'd315-commune', 'success_rate_of_received');
    expect(await rate.getAttribute('data-status')).toBe('met');
    expect(await rate.textContent()).toContain('100 %');
    const teams = cell(page, 'd315-commune', 'teams_consolidated');
    expect(await teams.getAttribute('data-status')).toBe('not_met');
    expect(await teams.textContent()).toContain('1/2');
    const village = page.getByTestId('d315-villages').locator('[data-village="Làng Chưa Có Vụ"]');
    const none = village.locator('tr[data-indicator="success_rate_of_received"]');
    expect(await none.getAttribute('data-status')).toBe('no_data');
    expect(await none.textContent()).toContain('Chưa có số liệu');
    expect(await none.textContent()).not.toContain('0 %');
    expect(await page.locator('figure.d315-chart').count()).toBeGreaterThan(1);
    await checkPage(page, 'decision-315-commune');
  });
  it('the province officer reads the same commune', async () => {
    const page = pages.province;
    await go(page, '/province');
    await page.getByRole('link', { name: 'Chỉ tiêu Đề án 315' }).click();
    await page.waitForURL(/\/reports\/decision-315$/);
    await go(page, '/reports/decision-315?commune=24013&year=2026');
    const teams = cell(page, 'd315-commune', 'teams_consolidated');
    expect(await teams.textContent()).toContain('1/2');
    await checkPage(page, 'decision-315-province');
  });
});
