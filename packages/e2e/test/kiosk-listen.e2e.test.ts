/**
 * Issue 12, point 6 in Chromium: every kiosk screen has a visible "Nghe" control. In Vietnamese on a device with a
 * Vietnamese voice it speaks the screen's main text through the browser (a spy on speechSynthesis); without one it
 * plays the generated audio from /audio/vi/ (fetched only when pressed); in Jrai without a recording it says so.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, launch } from './browser.ts';
import { startStack } from './stack.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => {
  stack = await startStack();
  browser = await launch({ width: 1080, height: 1920 });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const screens = [
  '/',
  '/team',
  '/teams',
  '/can-mediate',
  '/ask',
  '/status',
  '/plan',
  '/progress',
  '/materials',
  '/khong-co',
];

it('shows the "Nghe" control on every screen', async () => {
  const page = await browser.context.newPage();
  for (const path of screens) {
    await page.goto(`${stack.kiosk}${path}`, { waitUntil: 'networkidle' });
    await page.locator('[data-hydrated="true"]').waitFor();
    const listen = page.getByRole('button', { name: 'Nghe' });
    expect(await listen.isVisible(), path).toBe(true);
    expect((await listen.boundingBox())!.height, path).toBeGreaterThanOrEqual(56);
  }
  await page.close();
});

it('speaks the screen through the browser when the device has a Vietnamese voice', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const voice = { lang: 'vi-VN', name: 'Tiếng Việt', default: true, localService: true, voiceURI: 'vi' };
    speechSynthesis.getVoices = () => [voice as SpeechSynthesisVoice];
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u.text);
  });
  const audio: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/audio/')) audio.push(r.url());
  });
  await page.goto(stack.kiosk, { waitUntil: 'networkidle' });
  await page.locator('[data-hydrated="true"]').waitFor();
  await page.getByRole('button', { name: 'Nghe' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken))
    .toContain('Xin chào! Chúng tôi có thể giúp gì cho bà con?');
  expect(audio).toEqual([]);
  expect(await page.getByRole('button', { name: 'Dừng đọc' }).getAttribute('aria-pressed')).toBe('true');
  await page.close();
});

it('plays the generated audio when there is no Vietnamese voice, fetched only when pressed', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    speechSynthesis.getVoices = () => [];
    // Every clip that starts playing, in order (media events do not bubble: listened for on the way down).
    const started: string[] = [];
    (window as unknown as { started: string[] }).started = started;
    document.addEventListener(
      'playing',
      (e) => started.push(new URL((e.target as HTMLAudioElement).src).pathname),
      true,
    );
  });
  const audio: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/audio/')) audio.push(new URL(r.url()).pathname);
  });
  await page.goto(`${stack.kiosk}/plan`, { waitUntil: 'networkidle' });
  await page.locator('[data-hydrated="true"]').waitFor();
  expect(audio).toEqual([]);
  await page.getByRole('button', { name: 'Nghe' }).click();
  // The screen's lines play one after another, in reading order: the title, then the lead.
  const started = () => page.evaluate(() => (window as unknown as { started: string[] }).started.slice(0, 2));
  await expect.poll(started).toEqual(['/audio/vi/kiosk.plan.wav', '/audio/vi/kiosk.planIntro.wav']);
  expect(audio).toContain('/audio/vi/manifest.json');
  expect(audio).toContain('/audio/vi/kiosk.plan.wav');
  // A clip played once is kept: without the network it plays again.
  await page.context().setOffline(true);
  try {
    await page.getByRole('button', { name: 'Dừng đọc' }).click();
    await page.getByRole('button', { name: 'Nghe' }).click();
    const again = () => page.evaluate(() => (window as unknown as { started: string[] }).started);
    await expect.poll(async () => (await again()).filter((p) => p === '/audio/vi/kiosk.plan.wav').length).toBe(2);
  } finally {
    await page.context().setOffline(false);
  }
  await page.close();
});

it('says plainly in Jrai that no recording exists yet', async () => {
  const page = await browser.context.newPage();
  await page.goto(stack.kiosk, { waitUntil: 'networkidle' });
  await page.locator('[data-hydrated="true"]').waitFor();
  await page.getByRole('button', { name: 'Jrai', exact: true }).click();
  await page.getByRole('button', { name: 'Nghe' }).click();
  await page.getByRole('status').filter({ hasText: 'Chưa có bản ghi âm tiếng Jrai' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});
