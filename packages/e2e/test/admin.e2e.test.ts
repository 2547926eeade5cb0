import { poToPlan } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { setupPassword, startStack } from './stack.ts';
import { freshCode } from './totp.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => {
  stack = await startStack();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const newPassword = 'mat-khau-moi-that-dai-2026';
const taskCount = poToPlan.groups.reduce((n, g) => n + g.tasks.length, 0);

describe('admin console', () => {
  it('shows a clear Vietnamese error for a wrong password', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${stack.admin}/sign-in`, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Tên đăng nhập').fill('admin.24013');
    await page.getByLabel('Mật khẩu').fill('khong-dung-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Tên đăng nhập hoặc mật khẩu không đúng\./);
    expect(page.url()).toBe(`${stack.admin}/sign-in`);
    await page.close();
  });

  it('takes the first administrator through setup to the dashboard and the whole plan', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${stack.admin}/`, { waitUntil: 'networkidle' });
    await page.waitForURL(`${stack.admin}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill('admin.24013');
    await page.getByLabel('Mật khẩu').fill(setupPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    await page.waitForURL(`${stack.admin}/setup`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Mật khẩu hiện tại').fill(setupPassword);
    await page.getByLabel('Mật khẩu mới (ít nhất 12 ký tự)').fill(newPassword);
    await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu.' }).waitFor();
    await page.getByRole('button', { name: 'Tạo mã QR' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    const qr = await page.locator('.qr').innerHTML();
    expect(await axeViolations(page)).toEqual([]);
    // A wrong first code keeps the same QR code and key: the phone that scanned it still works.
    await page.getByLabel('Mã 6 chữ số trên ứng dụng xác thực').fill('000000');
    await page.getByRole('button', { name: 'Kích hoạt' }).click();
    await page.getByRole('alert').waitFor();
    expect((await page.getByTestId('totp-secret').textContent())!.trim()).toBe(secret);
    expect(await page.locator('.qr').innerHTML()).toBe(qr);
    await page.getByLabel('Mã 6 chữ số trên ứng dụng xác thực').fill(await freshCode(secret));
    await page.getByRole('button', { name: 'Kích hoạt' }).click();
    // The 10 recovery codes are shown once, then the console goes on.
    await expect.poll(() => page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Tiếp tục vào hệ thống' }).click();

    await page.waitForURL(`${stack.admin}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Xin chào, Quản trị hệ thống');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Xem kế hoạch' }).click();
    await page.waitForURL(`${stack.admin}/plan`);
    expect(await page.locator('article.task').count()).toBe(taskCount);
    for (const group of poToPlan.groups) {
      for (const task of group.tasks) {
        const article = page.locator(`article[data-task="${task.code}"]`);
        expect(await article.locator('h3').textContent()).toContain(task.content.slice(0, 40));
        expect(await article.locator('dd').nth(2).textContent()).toBe(task.timingText);
      }
    }
    expect(await page.locator('article[data-task="4b"] dd').first().textContent()).toBe('Phòng Kinh tế');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    await page.waitForURL(`${stack.admin}/audit`);
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);

    // Signing in again asks for the second factor.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${stack.admin}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill('admin.24013');
    await page.getByLabel('Mật khẩu').fill(newPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${stack.admin}/sign-in/totp`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Mã 6 chữ số trên ứng dụng xác thực').fill(await freshCode(secret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.waitForURL(`${stack.admin}/`);

    // My account (sessions, password, authenticator) and the users of the commune.
    await page.getByRole('link', { name: 'Tài khoản', exact: true }).click();
    await page.waitForURL(`${stack.admin}/account`);
    await expect.poll(() => page.getByText('Phiên này').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Người dùng', exact: true }).click();
    await page.waitForURL(`${stack.admin}/users`);
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // English second.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Plan', exact: true }).count()).toBe(1);
    await page.close();
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${stack.admin}/sign-in`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });
});
