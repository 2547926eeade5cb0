import { poToPlan } from '@hgcs/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { startStack } from './stack.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => { stack = await startStack(); browser = await launch({ width: 1080, height: 1920 }); });
afterAll(async () => { await browser?.close(); await stack?.stop(); });

it('goes from the home screen to the plan, in plain words, with no personal data', async () => {
  const page = await browser.context.newPage();
  await page.goto(stack.kiosk);
  await page.locator('[data-hydrated="true"]').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const tile = page.getByRole('link', { name: /Kế hoạch hòa giải của xã/ });
  expect((await tile.boundingBox())!.height).toBeGreaterThanOrEqual(56);
  await tile.click();
  await page.waitForURL(`${stack.kiosk}/plan`);
  await page.locator('li.group').first().waitFor();
  expect(await page.locator('li.group').count()).toBe(poToPlan.groups.length);
  expect(await page.locator('li.group[data-group="4"]').textContent()).toContain('Phòng Kinh tế');
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

it('makes text larger and smaller, switches to high contrast and to English', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${stack.kiosk}/plan`);
  await page.locator('[data-hydrated="true"]').waitFor();
  const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  const normal = parseFloat(await fontSize());
  await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  expect(parseFloat(await fontSize())).toBeGreaterThan(normal);
  await page.getByRole('button', { name: 'Chữ bình thường' }).click();
  await page.getByRole('button', { name: 'Chữ nhỏ hơn' }).click();
  expect(parseFloat(await fontSize())).toBeLessThan(normal);
  expect(await page.getByRole('button', { name: 'Chữ nhỏ hơn' }).isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Chữ bình thường' }).click();
  expect(parseFloat(await fontSize())).toBe(normal);

  const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.bar')!).backgroundColor);
  const before = await background();
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  expect(await background()).not.toBe(before);
  expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe("The commune's mediation plan");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.close();
});
