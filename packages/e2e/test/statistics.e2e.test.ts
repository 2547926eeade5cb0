/**
 * Issue 13, point 9 (and 7), in Chromium on the e2e clock (2027): the justice officer prepares the 2026 annual
 * statistical report already filled from the year's cases, teams and mediators; the chairman approves it and it
 * locks; the province officer (Sở Tư pháp) sees it approved and rolled up. axe and 360 px fit on each page
 * (`checkPage`). The registry and the year's cases are seeded in the database (their own journeys are other suites').
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
const pages: Record<'officer' | 'chairman' | 'province', Page> = {} as never;
const password = 'mat-khau-e2e-thong-ke-2027';

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });

async function seedYear() {
  const db = stack.db;
  const [village] = await db
    .insert(schema.villages)
    .values({ communeId: 24013, name: 'Làng Thống Kê', kind: 'lang' })
    .returning();
  const [team] = await db
    .insert(schema.teams)
    .values({ communeId: 24013, villageId: village!.id, name: 'Tổ hòa giải Làng Thống Kê' })
    .returning();
  const people = [
    ['Rơ Mah Hlim', 'female', 'Jrai'],
    ['Nguyễn Văn Tư', 'male', 'Kinh'],
    ['Siu Thắm', 'female', 'Ba Na'],
  ] as const;
  for (const [fullName, gender, ethnicity] of people) {
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
    await db
      .insert(schema.teamMemberships)
      .values({ communeId: 24013, teamId: team!.id, mediatorId: m!.id, joinedOn: '2026-02-01' });
  }
  const cases = [
    ['2026-03-02', 'civil', 'successful', '2026-03-09'],
    ['2026-05-04', 'marriage_family', 'unsuccessful', '2026-05-20'],
    ['2026-09-10', 'civil', 'successful', '2026-09-15'],
    ['2026-12-01', 'interpersonal_conflict', 'received', null],
  ] as const;
  for (const [receivedOn, disputeKind, status, endedOn] of cases)
    await db.insert(schema.cases).values({
      communeId: 24013,
      teamId: team!.id,
      clientKey: randomUUID(),
      trackingCode: `HG-${randomUUID().slice(0, 4).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`,
      channel: 'walk_in',
      requestedOn: receivedOn,
      receivedOn,
      disputeKind,
      summary: 'Tranh chấp ranh giới đất vườn',
      privacyNoticeAt: new Date(`${receivedOn}T02:00:00Z`),
      privacyNoticeVersion: 'pdp-notice-2026-01',
      scopeDecision: 'mediate',
      status,
      lastChangedOn: endedOn ?? receivedOn,
      startedOn: endedOn ? receivedOn : null,
      endedOn,
    });
}

/** A province user lands on the province's page, not the commune dashboard. */
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
  await seedYear();
  const users = [
    ['officer', 'tuphap', 'Rơ Châm Tư Pháp', 'justice_officer'],
    ['chairman', 'chutich', 'Ksor Thu', 'chairman'],
  ] as const;
  for (const [, username, displayName, role] of users)
    await insertEnrolledUser(
      stack.db,
      { communeId: 24013, username, displayName, role, agencyCode: 'office' },
      password,
    );
  await insertEnrolledUser(
    stack.db,
    {
      communeId: null,
      provinceCode: '52',
      username: 'stp.thongke',
      displayName: 'Cán bộ Sở Tư pháp',
      role: 'province_officer',
      agencyCode: null,
    },
    password,
  );
  for (const [who, username] of [
    ['officer', 'tuphap'],
    ['chairman', 'chutich'],
    ['province', 'stp.thongke'],
  ] as const) {
    const browser = await launch();
    browsers.push(browser);
    const page = await browser.context.newPage();
    if (who === 'province') await signInProvince(page, username);
    else await signInWithCode(page, stack.admin, username, password);
    pages[who] = page;
  }
}, 420_000);
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await stack?.stop();
});

describe('the annual statistical report, prepared, approved, locked and rolled up', () => {
  it('the justice officer opens last year’s annual report from the menu: not started', async () => {
    const page = pages.officer;
    await go(page, '/');
    await page.getByRole('link', { name: 'Báo cáo thống kê' }).click();
    await page.waitForURL(/\/reports\/statistics$/);
    await page.getByRole('heading', { name: 'Báo cáo thống kê về hòa giải ở cơ sở' }).waitFor();
    expect(await page.getByTestId('stat-state-badge').textContent()).toContain('Chưa lập');
    await checkPage(page, 'statistics-empty');
  });
  it('prepares it, filled from 2026’s cases, teams and mediators', async () => {
    const page = pages.officer;
    await page.getByRole('button', { name: 'Lập báo cáo từ dữ liệu' }).click();
    await page.getByText('Đã lập báo cáo.').waitFor();
    expect(await page.getByTestId('stat-state-badge').textContent()).toContain('Đã lập, chờ duyệt');
    const received = page.getByTestId('stat-activity').locator('tr[data-row="received"] td');
    expect(await received.allTextContents()).toEqual(['4', '2', '1', '0', '1']);
    expect(await page.getByTestId('rate-of-received').textContent()).toContain('50 %');
    expect(await page.getByTestId('rate-of-concluded').textContent()).toContain('66,67 %');
    expect(await page.getByText('Số liệu đạt mọi quy tắc kiểm tra.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Duyệt và khóa báo cáo' }).count()).toBe(0);
    await checkPage(page, 'statistics-prepared');
  });
  it('the chairman approves it and it locks', async () => {
    const page = pages.chairman;
    await go(page, '/reports/statistics');
    expect(await page.getByRole('button', { name: 'Lập báo cáo từ dữ liệu' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Duyệt và khóa báo cáo' }).click();
    await page.getByText('Đã duyệt; báo cáo đã khóa.').waitFor();
    expect(await page.getByTestId('stat-state-badge').textContent()).toContain('Đã duyệt, đã khóa');
    await page.getByRole('heading', { name: 'Mở lại báo cáo' }).waitFor();
    await checkPage(page, 'statistics-approved');
    await go(pages.officer, '/reports/statistics');
    expect(await pages.officer.getByRole('button', { name: /Lập/ }).count()).toBe(0);
    const download = await pages.officer.request.get(`${stack.admin}/reports/statistics/2026-annual_official.xlsx`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
  });
  it('the province officer sees it approved and rolled up', async () => {
    const page = pages.province;
    await go(page, '/province');
    await page.getByRole('link', { name: 'Thống kê các xã' }).click();
    await page.waitForURL(/\/province\/statistics$/);
    const row = page.getByTestId('province-statistics').locator('tr[data-commune="24013"]');
    expect(await row.textContent()).toContain('Đã duyệt');
    await page.getByRole('heading', { name: 'Tổng hợp 1 báo cáo đã duyệt' }).waitFor();
    const received = page.getByTestId('province-rollup').locator('tr[data-row="received"] td');
    expect(await received.allTextContents()).toEqual(['4', '2', '1', '0', '1']);
    await checkPage(page, 'province-statistics');
  });
});
