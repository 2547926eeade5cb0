/**
 * A refused form shows each field's error next to its field (aria-invalid, aria-describedby), in the console's
 * language: Vietnamese by default, English after choosing English — the texts come from the one catalogue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launch } from './browser.ts';
import { startStack } from './stack.ts';

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

/** Signs in with a username no account can have (the domain's username rule refuses it before the API). */
async function submitBadUsername(page: Page, labels: { username: string; password: string; submit: string }) {
  await page.goto(`${stack.admin}/sign-in`, { waitUntil: 'networkidle' });
  await page.getByLabel(labels.username).fill('A!');
  await page.getByLabel(labels.password).fill('mot-mat-khau-bat-ky');
  await page.getByRole('button', { name: labels.submit }).click();
  await page.locator('#username-error').waitFor();
}

async function expectNextToUsername(page: Page, text: string) {
  expect(await page.locator('#username-error').textContent()).toBe(text);
  const input = page.locator('#username');
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect(await input.getAttribute('aria-describedby')).toContain('username-error');
  expect(await page.locator('#password').getAttribute('aria-invalid')).toBeNull();
}

describe('field errors', () => {
  it('shows a Vietnamese message next to the refused field', async () => {
    const page = await browser.context.newPage();
    await submitBadUsername(page, { username: 'Tên đăng nhập', password: 'Mật khẩu', submit: 'Đăng nhập' });
    await expectNextToUsername(page, 'Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang');
    expect(await page.getByRole('alert').textContent()).toBe(
      'Dữ liệu nhập không hợp lệ. Vui lòng xem lại các ô được đánh dấu.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows an English message next to the refused field in the English console', async () => {
    await browser.context.addCookies([{ name: 'lang', value: 'en', url: stack.admin }]);
    const page = await browser.context.newPage();
    await submitBadUsername(page, { username: 'Username', password: 'Password', submit: 'Sign in' });
    await expectNextToUsername(
      page,
      'A username has 3–60 characters: lowercase letters without accents, digits, dots, hyphens',
    );
    expect(await page.getByRole('alert').textContent()).toBe('Invalid input. Please check the marked fields.');
    expect(await axeViolations(page)).toEqual([]);
    // A refusal from the API (not the form's own check) reads in English too.
    await page.getByLabel('Username').fill('khong.co.ai');
    await page.getByLabel('Password').fill('mot-mat-khau-bat-ky');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Wrong username or password\./);
    await browser.context.clearCookies();
    await page.close();
  });
});
