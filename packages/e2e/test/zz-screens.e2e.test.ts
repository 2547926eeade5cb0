import { afterAll, beforeAll, it } from 'vitest';
import { launch } from './browser.ts';
import { startStack } from './stack.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack?.stop(); });

it('screens', async () => {
  for (const width of [1280, 360]) {
    browser = await launch({ width, height: 900 });
    for (const lang of ['vi', 'en']) {
      await browser.context.addCookies([{ name: 'lang', value: lang, url: stack.admin }]);
      const page = await browser.context.newPage();
      await page.goto(`${stack.admin}/sign-in`, { waitUntil: 'networkidle' });
      await page.locator('#username').fill('A!');
      await page.locator('#password').fill('x');
      await page.locator('form.card button').click();
      await page.locator('#username-error').waitFor();
      await page.screenshot({ path: `/tmp/shot-signin-${lang}-${width}.png`, fullPage: true });
      await page.close();
    }
    await browser.close();
  }
});
