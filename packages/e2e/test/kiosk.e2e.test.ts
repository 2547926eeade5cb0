import { listWorkItems, updateWorkItem } from '@hgcs/db';
import { poToPlan, systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { startStack } from './stack.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => {
  stack = await startStack();
  browser = await launch({ width: 1080, height: 1920 });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('goes from the home screen to the plan, in plain words, with no personal data', async () => {
  const page = await browser.context.newPage();
  await page.goto(stack.kiosk, { waitUntil: 'networkidle' });
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
  await page.goto(`${stack.kiosk}/plan`, { waitUntil: 'networkidle' });
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

it("shows this year's progress of every part in plain words, and a finished task once it is done", async () => {
  const page = await browser.context.newPage();
  await page.goto(stack.kiosk, { waitUntil: 'networkidle' });
  await page.locator('[data-hydrated="true"]').waitFor();
  const tile = page.getByRole('link', { name: /Xã đã làm được bao nhiêu/ });
  expect((await tile.boundingBox())!.height).toBeGreaterThanOrEqual(56);
  await tile.click();
  await page.waitForURL(`${stack.kiosk}/progress`);
  await page.locator('li.group').first().waitFor();
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/Pờ Tó/);

  // Eight parts, each with its own bar, or a note that it has no work this year.
  const groups = page.locator('li.group');
  expect(await groups.count()).toBe(poToPlan.groups.length);
  for (const group of await groups.all()) {
    const bars = await group.getByRole('progressbar').count();
    const idle = await group.getByText('Năm nay phần này không có việc phải làm.').count();
    expect(bars + idle, (await group.getAttribute('data-group'))!).toBe(1);
  }
  expect(await page.locator('li.group [role="progressbar"]').count()).toBeGreaterThanOrEqual(
    poToPlan.groups.length - 1,
  );
  const bar1 = page.locator('li.group[data-group="1"]').getByRole('progressbar', { name: 'Phần 1' });
  expect(await bar1.getAttribute('aria-valuenow')).toBe('0');
  expect(await page.locator('.overall').textContent()).toContain('Chưa có việc nào xong');

  // The commune marks this year's item of task 1 done (with a name and a note that must stay private).
  const { year } = await page.evaluate(
    async () =>
      (await (await fetch('/trpc/progress.public?input=' + encodeURIComponent('{"commune":"24013"}'))).json()).result
        .data as { year: number },
  );
  const item = (await listWorkItems(stack.db, systemScope(24013), { year })).find((i) => i.taskCode === '1')!;
  expect(item.version).toBe(1);
  const secret = { responsible: 'Ksor Hoàng Bí Mật', notes: 'Ghi chú nội bộ: gọi 0905 123 456' };
  expect(
    await updateWorkItem(stack.db, systemScope(24013), item.id, 1, { status: 'done', progress: 100, ...secret }),
  ).toHaveProperty('after');

  await page.reload();
  await page.locator('[data-hydrated="true"]').waitFor();
  await page.locator('li.group').first().waitFor();
  expect(Number(await bar1.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  const done = page.locator('li.group[data-group="1"] li[data-task="1"]');
  expect(await done.textContent()).toContain('Việc số 1');
  await done.getByText('Xem nội dung đầy đủ trong kế hoạch').click();
  const task1 = poToPlan.groups.flatMap((g) => g.tasks).find((t) => t.code === '1')!;
  expect(await done.locator('details p').textContent()).toBe(task1.content);
  expect(await page.locator('.overall').textContent()).toContain('Đã làm xong 1 trên');

  const text = (await page.locator('main').textContent())!;
  for (const value of [secret.responsible, 'Bí Mật', secret.notes, '0905']) expect(text).not.toContain(value);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Tương phản cao' }).click();
  expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

it('says so when the server cannot be reached, and tries again', async () => {
  // A kiosk that has kept nothing yet (once its service worker has kept the plan, it shows the kept one).
  const firstStart = await launch({ width: 1080, height: 1920 }, { serviceWorkers: 'block' });
  const page = await firstStart.context.newPage();
  await page.route('**/trpc/**', (route) =>
    route.fulfill({ status: 502, contentType: 'application/json', body: '{"error":{"message":"x"}}' }),
  );
  await page.goto(`${stack.kiosk}/progress`, { waitUntil: 'networkidle' });
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('Chưa kết nối được máy chủ');
  await page.unroute('**/trpc/**');
  const retry = page.getByRole('button', { name: /Thử lại/ });
  expect((await retry.boundingBox())!.height).toBeGreaterThanOrEqual(56);
  await retry.click();
  await page.locator('li.group').first().waitFor();
  expect(await page.locator('li.group').count()).toBe(poToPlan.groups.length);
  await firstStart.close();
});
