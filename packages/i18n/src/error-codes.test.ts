/**
 * Every error code of @hgcs/domain has its text in Vietnamese and English (`error.<code>`), filling exactly the
 * parameters the domain declares for it; every field key a domain schema names (`'field.COMMUNE_CODE'`) has a
 * text; and the edge renders a code, a field error and an unknown code in the user's language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorCodes, type ErrorCode } from '@hgcs/domain';
import { describe, expect, it } from 'vitest';
import { errorText, fieldErrorText, isMessageKey } from './index.ts';

const messages = (locale: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../messages', `${locale}.json`), 'utf8')) as Record<
    string,
    string
  >;
const vi = messages('vi');
const en = messages('en');
const holes = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const root = join(import.meta.dirname, '../../..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });

describe('error codes', () => {
  it('has a Vietnamese and an English text for every code, filling the declared parameters', () => {
    for (const [code, spec] of Object.entries(errorCodes)) {
      const key = `error.${code}`;
      expect(vi[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
      // `field` (the form field a registry refusal belongs to) and `codes` (the unmet standards, for machines) are
      // parameters no text shows.
      const shown = [...spec.params].filter((p) => p !== 'field' && p !== 'codes').sort();
      expect(holes(vi[key]!), key).toEqual(shown);
      expect(holes(en[key]!), key).toEqual(shown);
    }
  });

  it('has a text for every field key the domain and the API name', () => {
    const code = ['packages/domain/src', 'packages/api/src', 'apps/api/src']
      .flatMap((d) => sources(join(root, d)))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const keys = [...new Set([...code.matchAll(/'(field\.[A-Z_]+)'/g)].map((m) => m[1]!))];
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !isMessageKey(k))).toEqual([]);
  });

  it('renders a code with its parameters in the user language, and an unknown code as a sentence', () => {
    const code: ErrorCode = 'AUTH.LOCKED';
    expect(errorText('vi', code, { seconds: 900 })).toBe(
      'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 900 giây.',
    );
    expect(errorText('en', code, { seconds: 900 })).toBe('Too many failed sign-ins. Try again in 900 seconds.');
    expect(errorText('bdq', code, { seconds: 900 })).toBe(errorText('vi', code, { seconds: 900 }));
    expect(errorText('en', 'CASE.NEWER_THAN_THIS_BUILD')).toContain('CASE.NEWER_THAN_THIS_BUILD');
    expect(fieldErrorText('en', { code: 'field.TOO_LONG', params: { max: 120 } })).toBe('At most 120 characters');
    expect(fieldErrorText('vi', { code: 'field.COMMUNE_CODE' })).toBe('Mã xã gồm 5 chữ số');
    expect(fieldErrorText('en', { code: 'error.PLAN.UNKNOWN_AGENCY', params: { code: 'x' } })).toContain('"x"');
    expect(fieldErrorText('en', { code: 'field.NOT_A_KEY' })).toBe('Not valid');
  });
});
