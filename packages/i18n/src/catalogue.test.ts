/**
 * The catalogue is whole: English has every Vietnamese text with the same placeholders; Bahnar and Jrai hold only
 * keys Vietnamese has, and every key they lack reads in Vietnamese (the fallback paraglide compiles in).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey, languages, toLang, translator, type MessageKey } from './index.ts';

const file = (locale: string): Record<string, string> => {
  const { $schema: _schema, ...texts } = JSON.parse(
    readFileSync(join(import.meta.dirname, '../messages', `${locale}.json`), 'utf8'),
  ) as Record<string, string>;
  return texts;
};
const vi = file('vi');
const holes = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the message catalogue', () => {
  it('has the four languages, Vietnamese first', () => {
    expect(languages).toEqual(['vi', 'en', 'bdq', 'jra']);
  });

  it('has an English text for every Vietnamese key, none empty, with the same placeholders', () => {
    const en = file('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe('');
      expect(holes(text), key).toEqual(holes(vi[key]!));
    }
  });

  it('compiles every Vietnamese key into a message function', () => {
    const missing = Object.keys(vi).filter((key) => !isMessageKey(key));
    expect(missing).toEqual([]);
  });

  for (const locale of ['bdq', 'jra'] as const) {
    it(`gives ${locale} only keys Vietnamese has, and falls back to Vietnamese for the others`, () => {
      const texts = file(locale);
      expect(Object.keys(texts).filter((key) => !(key in vi))).toEqual([]);
      const t = translator(locale);
      const tVi = translator('vi');
      for (const key of Object.keys(vi) as MessageKey[]) {
        const params = Object.fromEntries(holes(vi[key]!).map((h) => [h, 7]));
        expect(t(key, params), key).toBe(key in texts ? texts[key]!.replace(/\{(\w+)\}/g, '7') : tVi(key, params));
      }
    });
  }

  it('translates with placeholders filled, defaulting to Vietnamese', () => {
    expect(translator('vi')('nav.plan')).toBe('Kế hoạch');
    expect(translator('en')('nav.plan')).toBe('Plan');
    expect(translator('en')('dashboard.daysLate', { days: 3 })).toContain('3');
    expect(toLang('fr')).toBe('vi');
    expect(toLang(undefined)).toBe('vi');
    expect(toLang('en')).toBe('en');
    expect(toLang('jra')).toBe('jra');
  });

  it('speaks to officers without jargon (no "TOTP", "mật khẩu cài đặt", tokens or "two-factor")', () => {
    const en = file('en');
    for (const [key, text] of Object.entries(vi))
      if (!key.startsWith('error.STARTUP.'))
        expect(text, key).not.toMatch(/TOTP|OTP\b|mật khẩu cài đặt|token|hai lớp|2FA/i);
    for (const [key, text] of Object.entries(en))
      if (!key.startsWith('error.STARTUP.')) expect(text, key).not.toMatch(/TOTP|setup password|token|two-factor|2FA/i);
  });
});
