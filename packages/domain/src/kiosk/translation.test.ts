import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { checkTranslationPlaceholders, kioskTranslationSaveSchema, textPlaceholders } from './translation.ts';

const refusal = (source: string, translation: string) => {
  try {
    checkTranslationPlaceholders(source, translation);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, params: error.params };
    throw error;
  }
  return null;
};

describe('a kiosk translation keeps the placeholders', () => {
  it('lists each placeholder once, in order', () => {
    expect(textPlaceholders('{b} và {a}, rồi {b}')).toEqual(['b', 'a']);
    expect(textPlaceholders('Không có')).toEqual([]);
  });
  it('accepts the same placeholders in another order', () => {
    expect(refusal('Tổ {team} của {village}', '{village} kơ {team}')).toBeNull();
    expect(refusal('Trang chủ', 'Sang')).toBeNull();
  });
  it('refuses a dropped placeholder, naming it', () => {
    expect(refusal('Tổ {team} của {village}', 'Tổ {team}')).toEqual({
      code: 'KIOSK.PLACEHOLDER_MISSING',
      params: { field: 'text', name: '{village}' },
    });
  });
  it('refuses an invented placeholder, naming it', () => {
    expect(refusal('Xin chào', 'Xin chào {ten}')).toEqual({
      code: 'KIOSK.PLACEHOLDER_UNKNOWN',
      params: { field: 'text', name: '{ten}' },
    });
  });
  it('refuses another language, a bad key and an over-long text', () => {
    expect(kioskTranslationSaveSchema.safeParse({ lang: 'en', key: 'kiosk.home', text: 'x' }).success).toBe(false);
    expect(kioskTranslationSaveSchema.safeParse({ lang: 'jra', key: 'a b', text: 'x' }).success).toBe(false);
    expect(
      kioskTranslationSaveSchema.safeParse({ lang: 'jra', key: 'kiosk.home', text: 'x'.repeat(1001) }).success,
    ).toBe(false);
    expect(kioskTranslationSaveSchema.safeParse({ lang: 'jra', key: 'kiosk.home', text: '' }).success).toBe(true);
  });
});
