/**
 * Issue 10 — the registry in Chromium: the justice officer adds a village, founds its team, records three mediators
 * (a woman, an ethnic-minority leader, a man), adds them to the team — which then shows as compliant and counts in
 * the dashboard's "teams consolidated" figure — then one leaves and the team shows the warning at once. Search finds
 * "Rơ Mah" from "ro mah". The administrator creates a team leader's account and sees its one-time password once.
 * axe at 1280 and 360 px on every new page, no sideways scrolling at 360 px; screenshots with HGCS_SCREENSHOTS=<dir>.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { startStack } from './stack.ts';
import { insertEnrolledUser, signInWithCode } from './totp.ts';

type Browser = Awaited<ReturnType<typeof launch>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let officer: Page;
const password = 'mat-khau-e2e-so-dang-ky-2026';

async function checkPage(page: Page, name: string) {
  const shots = process.env.HGCS_SCREENSHOTS;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    expect(await axeViolations(page), `${name} at ${width}px`).toEqual([]);
    if (width === 360)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 360px`).toBeLessThanOrEqual(
        360,
      );
    if (shots) await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const go = (page: Page, path: string) => page.goto(`${stack.admin}${path}`, { waitUntil: 'networkidle' });

async function addMediator(fullName: string, gender: 'Nữ' | 'Nam', birthYear: string, ethnicity: string) {
  await go(officer, '/mediators/new');
  await officer.getByLabel('Họ và tên').fill(fullName);
  await officer.getByLabel('Giới tính').selectOption({ label: gender });
  await officer.getByLabel('Năm sinh').fill(birthYear);
  await officer.getByLabel('Dân tộc').fill(ethnicity);
  await officer.getByLabel('Thôn, làng nơi thường trú').selectOption({ label: 'Làng Ia Thử' });
  await officer.getByRole('button', { name: 'Lưu' }).click();
  await officer.waitForURL(/\/mediators\/[0-9a-f-]{36}$/);
}

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
  await insertEnrolledUser(
    stack.db,
    { communeId: 24013, username: 'quantri', displayName: 'Phạm Quản Trị', role: 'admin', agencyCode: null },
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

describe('the registry', () => {
  it('adds a village and founds its team, which starts out not compliant', async () => {
    await go(officer, '/villages');
    await officer.getByLabel('Tên', { exact: true }).last().fill('Làng Ia Thử');
    await officer.getByRole('button', { name: 'Thêm thôn, làng' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await checkPage(officer, 'villages');
    await go(officer, '/teams');
    await officer.getByLabel('Thôn, làng').selectOption({ label: 'Làng Ia Thử' });
    await officer.getByLabel('Tên tổ').fill('Tổ hòa giải Làng Ia Thử');
    await officer.getByRole('button', { name: 'Thành lập tổ hòa giải' }).click();
    await officer.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
    expect(await officer.getByTestId('team-compliance').textContent()).toContain('Chưa đủ thành phần');
  });

  it('names the field of a refusal and flags a duplicate person', async () => {
    await go(officer, '/mediators/new');
    await officer.getByLabel('Họ và tên').fill('A');
    await officer.getByLabel('Năm sinh').fill('1975');
    await officer.getByLabel('Số điện thoại (không bắt buộc)').fill('gọi tôi');
    await officer.getByRole('button', { name: 'Lưu' }).click();
    await officer.locator('#m-name-error').waitFor();
    expect(await officer.locator('#m-name-error').textContent()).toContain('Họ tên quá ngắn');
    expect(await officer.locator('#m-phone-error').textContent()).toContain('Số điện thoại');
    expect(await officer.getByLabel('Số điện thoại (không bắt buộc)').inputValue()).toBe('gọi tôi');
    await checkPage(officer, 'mediator-new-errors');
  });

  it('records three mediators and the team becomes compliant; the dashboard counts it', async () => {
    await addMediator('Trần Thị Hoa', 'Nữ', '1982', 'Kinh');
    await addMediator('Rơ Mah Hiếu', 'Nam', '1975', 'Jrai');
    await addMediator('Nguyễn Văn Ba', 'Nam', '1968', 'Kinh');
    await checkPage(officer, 'mediator');
    // The same person again is flagged, not silently duplicated.
    await go(officer, '/mediators/new');
    await officer.getByLabel('Họ và tên').fill('Ro Mah Hieu');
    await officer.getByLabel('Năm sinh').fill('1975');
    await officer.getByLabel('Thôn, làng nơi thường trú').selectOption({ label: 'Làng Ia Thử' });
    await officer.getByRole('button', { name: 'Lưu' }).click();
    await officer.locator('#m-name-error').waitFor();
    expect(await officer.locator('#m-name-error').textContent()).toContain('đã có một hòa giải viên');

    await go(officer, '/teams');
    await officer.getByRole('link', { name: 'Tổ hòa giải Làng Ia Thử' }).click();
    await officer.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
    for (const [name, role] of [
      ['Rơ Mah Hiếu', 'Tổ trưởng'],
      ['Trần Thị Hoa', 'Hòa giải viên'],
      ['Nguyễn Văn Ba', 'Hòa giải viên'],
    ] as const) {
      await officer.locator('#join-mediator').selectOption({ label: name });
      await officer.getByLabel('Vai trò', { exact: true }).selectOption({ label: role });
      await officer.getByRole('button', { name: 'Thêm hòa giải viên vào tổ' }).click();
      await officer.locator(`[data-member="${name}"]`).waitFor();
    }
    expect(await officer.getByTestId('team-compliance').textContent()).toContain('Đủ thành phần');
    await checkPage(officer, 'team');
    await go(officer, '/teams');
    expect(await officer.locator('[data-team="Tổ hòa giải Làng Ia Thử"]').textContent()).toContain('Đủ thành phần');
    expect(await officer.getByTestId('teams-figure').textContent()).toContain('1/1 tổ (100%)');
    await checkPage(officer, 'teams');
    await go(officer, '/');
    expect(await officer.getByTestId('teams-figure').textContent()).toContain('1/1 tổ');
  });

  it('adds a legal supporter and links them to the team; the figure counts it', async () => {
    await go(officer, '/legal-support');
    await officer.getByLabel('Họ và tên').fill('Phạm Văn Luật');
    await officer.getByLabel('Loại').selectOption({ value: 'jurist' });
    await officer.getByRole('button', { name: 'Thêm người hỗ trợ' }).click();
    await officer.getByTestId('supporters').waitFor();
    await checkPage(officer, 'legal-support');
    await go(officer, '/teams');
    await officer.getByRole('link', { name: 'Tổ hòa giải Làng Ia Thử' }).click();
    await officer.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
    await officer.getByLabel('Gắn người hỗ trợ pháp lý').selectOption({ label: 'Phạm Văn Luật' });
    await officer.getByRole('button', { name: 'Gắn người hỗ trợ pháp lý' }).click();
    await officer.getByRole('button', { name: 'Bỏ gắn: Phạm Văn Luật' }).waitFor();
    await go(officer, '/teams');
    expect(await officer.getByTestId('support-figure').textContent()).toContain('1/1 tổ (100%)');
  });

  it('finds "Rơ Mah" from "ro mah" without putting the name in the address', async () => {
    await go(officer, '/mediators');
    await officer.getByLabel('Tìm theo họ tên').fill('ro mah');
    await officer.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect.poll(() => officer.getByTestId('mediator-list').locator('tbody tr').count()).toBe(1);
    expect(await officer.getByTestId('mediator-list').textContent()).toContain('Rơ Mah Hiếu');
    expect(officer.url()).not.toMatch(/ro|mah/i);
    await checkPage(officer, 'mediators');
  });

  it('warns at once when a member leaves and the team no longer meets the composition', async () => {
    await go(officer, '/teams');
    await officer.getByRole('link', { name: 'Tổ hòa giải Làng Ia Thử' }).click();
    await officer.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
    const row = officer.locator('[data-member="Trần Thị Hoa"]');
    await row.getByText('Thôi tham gia tổ').first().click();
    expect(await row.textContent()).toContain('Sau khi thôi, tổ sẽ chưa đủ thành phần');
    await row.getByRole('button', { name: 'Thôi tham gia tổ' }).click();
    await officer.getByTestId('history').waitFor();
    const compliance = await officer.getByTestId('team-compliance').textContent();
    expect(compliance).toContain('Chưa đủ thành phần');
    expect(compliance).toContain('ít nhất một hòa giải viên nữ');
    await go(officer, '/teams');
    expect(await officer.getByTestId('teams-figure').textContent()).toContain('0/1 tổ (0%)');
  });

  it('lets the administrator create a team leader’s account and shows its one-time password once', async () => {
    const admin = await browser.context.newPage();
    await signInWithCode(admin, stack.admin, 'quantri', password);
    await go(admin, '/users');
    await admin.getByLabel('Tên đăng nhập').fill('totruong.iathu');
    await admin.getByLabel('Họ và tên').fill('Rơ Mah Hiếu');
    await admin.getByLabel('Vai trò').selectOption({ value: 'team_leader' });
    await admin.getByLabel('Tổ hòa giải (chỉ cho tổ trưởng)').selectOption({ label: 'Tổ hòa giải Làng Ia Thử' });
    await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await admin.getByTestId('setup-password').waitFor();
    expect(await admin.getByTestId('setup-password').textContent()).toMatch(
      /[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}/,
    );
    expect(await admin.locator('[data-user="totruong.iathu"]').textContent()).toContain('Chưa đăng nhập');
    await checkPage(admin, 'users');
    await go(admin, '/users');
    expect(await admin.getByTestId('setup-password').count()).toBe(0);
    await admin.close();
  });
});
