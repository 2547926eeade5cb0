import { expect, it } from 'vitest';
import { en, vi } from './messages.ts';
import { toLang, translator } from './index.ts';

it('has an English text for every Vietnamese key, and none empty', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
});

it('translates, defaulting to Vietnamese', () => {
  expect(translator('vi')('nav.plan')).toBe('Kế hoạch');
  expect(translator('en')('nav.plan')).toBe('Plan');
  expect(toLang('fr')).toBe('vi');
  expect(toLang('en')).toBe('en');
});

it('speaks to officers without jargon (no "TOTP", "mật khẩu cài đặt", tokens or "two-factor")', () => {
  for (const [key, text] of Object.entries(vi))
    expect(text, key).not.toMatch(/TOTP|OTP\b|mật khẩu cài đặt|token|hai lớp|2FA/i);
  for (const [key, text] of Object.entries(en))
    expect(text, key).not.toMatch(/TOTP|setup password|token|two-factor|2FA/i);
});
