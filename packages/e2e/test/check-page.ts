/**
 * The checks every console page gets in the e2e suite: axe passes at 1280 and at 360 px, the page fits 360 px
 * without sideways scrolling; a full-page screenshot at each width when HGCS_SCREENSHOTS=<dir> is set.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './browser.ts';

export async function checkPage(page: Page, name: string) {
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
