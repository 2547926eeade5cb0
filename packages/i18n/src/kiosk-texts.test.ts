import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kioskTexts } from './kiosk-texts.ts';

/** Every file under a folder. */
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

describe("the kiosk's texts", () => {
  it('hold every text the kiosk names, so the commune can translate all it shows', () => {
    const kiosk = join(import.meta.dirname, '../../../apps/kiosk/src');
    const named = new Set(
      files(kiosk).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bm\['([\w.]+)'\]/g)].map((m) => m[1]!)),
    );
    expect(named.size).toBeGreaterThan(50);
    expect([...named].filter((key) => !kioskTexts.has(key))).toEqual([]);
  });
  it('are Vietnamese texts of the catalogue, and no console text', () => {
    expect(kioskTexts.get('kiosk.home')).toBe('Trang đầu');
    expect(kioskTexts.has('nav.plan')).toBe(false);
  });
});
