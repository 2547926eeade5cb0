import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audioHash, spokenKioskTexts } from './kiosk-audio.ts';
import { kioskTexts } from './kiosk-texts.ts';

const dir = join(import.meta.dirname, '../../../apps/kiosk/static/audio/vi');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<
  string,
  { text: string; hash: string; file: string }
>;
const regenerate = 'run `pnpm --filter @hgcs/kiosk audio` (needs espeak-ng) and commit apps/kiosk/static/audio';

describe("the kiosk's Vietnamese audio", () => {
  it('has a current file for every kiosk text without placeholders', () => {
    const stale = spokenKioskTexts(kioskTexts)
      .filter(([key, text]) => manifest[key]?.hash !== audioHash(text) || manifest[key]?.text !== text)
      .map(([key]) => key);
    expect(stale, `texts changed without new audio: ${regenerate}`).toEqual([]);
    const missing = Object.values(manifest)
      .filter((e) => !existsSync(join(dir, e.file)))
      .map((e) => e.file);
    expect(missing, `audio files missing: ${regenerate}`).toEqual([]);
  });
  it('keeps no audio of texts the kiosk no longer has', () => {
    expect(
      Object.keys(manifest).filter((key) => !kioskTexts.has(key)),
      regenerate,
    ).toEqual([]);
  });
  it('keeps the files small: 8 kHz, 8-bit mono WAV, under 128 KB each', () => {
    for (const { file } of Object.values(manifest)) {
      const head = readFileSync(join(dir, file)).subarray(0, 44);
      expect([head.readUInt16LE(22), head.readUInt32LE(24), head.readUInt16LE(34)], file).toEqual([1, 8000, 8]);
      expect(statSync(join(dir, file)).size, file).toBeLessThan(128 * 1024);
    }
  });
  it('finds a changed text (the check works)', () => {
    expect(audioHash('Trang đầu')).not.toBe(audioHash('Trang chủ'));
    expect(manifest['kiosk.home']?.hash).toBe(audioHash(kioskTexts.get('kiosk.home')!));
  });
});
