/**
 * Issue 13, point 3 in Chromium: the justice officer adds a public document to the materials library (an address
 * that is not https is refused beside its field, what was typed stays), adds an internal video, and finds the
 * document by words typed without diacritics; the kiosk (and portal) page lists the public one only and finds it
 * the same way. axe on every new page (console at 1280 and 360 px without sideways scrolling; the kiosk at its
 * portrait screen and at 360 px); screenshots with HGCS_SCREENSHOTS=<dir>.
 */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { checkPage } from './check-page.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let officer: Page;
const password = 'mat-khau-e2e-tai-lieu-2026';

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });

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

describe('the materials library in the console', () => {
  it('adds a public document; an address that is not https is refused beside its field', async () => {
    await go(officer, '/');
    await officer.getByRole('link', { name: 'Tài liệu', exact: true }).click();
    await officer.waitForURL(/\/materials$/);
    await checkPage(officer, 'materials-empty');
    await officer.getByRole('link', { name: 'Thêm tài liệu' }).click();
    await officer.waitForURL(/\/materials\/new$/);
    await officer.getByLabel('Tên tài liệu').fill('Hòa giải đất đai ở cơ sở');
    await officer.getByLabel('Địa chỉ tài liệu (https://…)').fill('http://moj.gov.vn/hoa-giai-dat-dai.pdf');
    await officer.getByLabel('Thẻ').fill('đất đai, sổ tay');
    await officer.getByLabel('Mô tả ngắn').fill('Sổ tay về tranh chấp ranh giới đất');
    await officer.getByRole('button', { name: 'Lưu tài liệu' }).click();
    const error = officer.getByTestId('field-error').first();
    await error.waitFor();
    expect(await error.textContent()).toContain('https://');
    expect(await officer.getByLabel('Tên tài liệu').inputValue()).toBe('Hòa giải đất đai ở cơ sở');
    await checkPage(officer, 'materials-new-errors');
    await officer.getByLabel('Địa chỉ tài liệu (https://…)').fill('https://moj.gov.vn/hoa-giai-dat-dai.pdf');
    await officer.getByRole('button', { name: 'Lưu tài liệu' }).click();
    await officer.waitForURL(/\/materials\/[0-9a-f-]{36}\?created$/);
    await officer.getByRole('status').filter({ hasText: 'Đã lưu tài liệu.' }).waitFor();
    await checkPage(officer, 'materials-item');
  });

  it('adds an internal video, and finds the document by words without diacritics', async () => {
    await go(officer, '/materials/new');
    await officer.getByLabel('Tên tài liệu').fill('Video kỹ năng hòa giải hôn nhân');
    await officer.getByLabel('Địa chỉ tài liệu (https://…)').fill('https://youtube.com/watch?v=abc');
    await officer.getByLabel('Loại').selectOption({ label: 'Video' });
    await officer.getByLabel('Ai được xem').selectOption({ label: 'Nội bộ' });
    await officer.getByRole('button', { name: 'Lưu tài liệu' }).click();
    await officer.waitForURL(/\/materials\/[0-9a-f-]{36}\?created$/);
    await go(officer, '/materials');
    expect(await officer.getByTestId('material-count').textContent()).toContain('2 tài liệu');
    await officer.getByRole('searchbox', { name: 'Tìm tài liệu' }).fill('hoa giai dat dai');
    await officer.getByRole('button', { name: 'Tìm', exact: true }).click();
    await officer.waitForURL(/\?q=hoa/);
    expect(await officer.getByTestId('material-count').textContent()).toContain('1 tài liệu');
    expect(await officer.getByTestId('materials').textContent()).toContain('Hòa giải đất đai ở cơ sở');
    expect(await officer.getByTestId('material-access').textContent()).toContain('0 trên 0');
    await checkPage(officer, 'materials-search');
  });
});

describe('the public materials at the kiosk and on the portal', () => {
  it('lists the public document only and finds it without diacritics; axe at the kiosk screen and 360 px', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto(`${stack.kiosk}/`, { waitUntil: 'networkidle' });
    await page.locator('[data-hydrated="true"]').waitFor();
    await page.getByRole('link', { name: /Tài liệu pháp luật/ }).click();
    await page.waitForURL(`${stack.kiosk}/materials`);
    const list = page.getByTestId('materials');
    await list.waitFor();
    expect(await list.textContent()).toContain('Hòa giải đất đai ở cơ sở');
    expect(await list.textContent()).not.toContain('hôn nhân');
    await page.getByRole('searchbox').fill('so tay ranh gioi');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByRole('link', { name: 'Mở tài liệu: Hòa giải đất đai ở cơ sở' }).waitFor();
    await page.getByRole('searchbox').fill('hon nhan');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Không có tài liệu nào phù hợp.' }).waitFor();
    await page.getByRole('searchbox').fill('');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await list.waitFor();
    const shots = process.env.HGCS_SCREENSHOTS;
    for (const [width, height] of [
      [1080, 1920],
      [360, 740],
    ] as const) {
      await page.setViewportSize({ width, height });
      expect(await axeViolations(page), `kiosk materials at ${width}px`).toEqual([]);
      if (shots) await page.screenshot({ path: join(shots, `kiosk-materials-${width}.png`), fullPage: true });
      const wide = await page.evaluate(
        (w) =>
          [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > w + 0.5)
            .map((e) => `${e.tagName}.${e.className}`),
        width,
      );
      expect(wide, `kiosk materials at ${width}px`).toEqual([]);
    }
    await page.close();
  });
});
