/** Chromium from Debian through playwright-core, and an axe-core accessibility check of the open page. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * A Chromium of its own. `serviceWorkers: 'block'` is a kiosk's first start, before its service worker keeps anything
 * — and the only way `page.route` sees the kiosk's requests (it cannot see those a service worker makes).
 */
export async function launch(
  viewport = { width: 1280, height: 900 },
  { serviceWorkers = 'allow' }: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'hgcs-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    locale: 'vi-VN',
    bypassCSP: true,
    serviceWorkers,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // A loaded 2-core machine (argon2 sign-ins, the rest of `pnpm test` beside us) can take long over one step.
  context.setDefaultTimeout(90_000);
  context.setDefaultNavigationTimeout(90_000);
  // A form clicked before SvelteKit has hydrated the page can lose its submission on a slow machine: every wait for a
  // page waits until its scripts have loaded too (network idle), unless the test asks otherwise.
  context.on('page', (page) => {
    const waitForURL = page.waitForURL.bind(page);
    page.waitForURL = (url, options) => waitForURL(url, { waitUntil: 'networkidle', ...options });
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical WCAG 2.x A/AA violations on the page, as "rule: target" strings (empty = pass). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.targets.join(', ')}`);
}
