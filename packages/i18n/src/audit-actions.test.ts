/**
 * Every audit action code written anywhere in the code base has a plain label (issue 9, point 6: the audit page showed
 * `plan.sign_year`). The scan reads the sources of packages/api, packages/db and apps/api for `action: '…'`, the
 * session-ending helper's codes, and the one code built from a value (`work_item.create_${origin}`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditObjectLabel } from './audit-actions.ts';
import { isMessageKey, translator } from './index.ts';

const labelled = (action: string) => isMessageKey(`auditAction.${action}`);

const root = join(import.meta.dirname, '../../..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
const code = ['packages/api/src', 'packages/db/src', 'apps/api/src']
  .flatMap((d) => sources(join(root, d)))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('audit action labels', () => {
  const quoted = [
    ...code.matchAll(/\baction: '([a-z_.]+)'/g),
    ...code.matchAll(/\bendSessions\(ctx, '([a-z_.]+)'/g),
  ].map((m) => m[1]!);
  const built = [...code.matchAll(/\baction: `([^`]+)`/g)].map((m) => m[1]!);

  it('finds the codes in the code base (the scan works)', () => {
    expect(quoted).toContain('plan.sign_year');
    expect(quoted).toContain('auth.sign_out');
    expect(new Set(quoted).size).toBeGreaterThan(30);
  });

  it('has a label for every code written, in Vietnamese and English', () => {
    const missing = [...new Set(quoted)].filter((a) => !labelled(a));
    expect(missing).toEqual([]);
    for (const action of new Set(quoted)) {
      expect(auditActionLabel(action, 'vi'), action).not.toBe(translator('vi')('auditAction.other', { action }));
      expect(auditActionLabel(action, 'en'), action).not.toBe(auditActionLabel(action, 'vi'));
    }
  });

  it('knows the one code built from a value, and both of its values', () => {
    expect(built).toEqual(['work_item.create_${request.origin}']);
    for (const origin of ['request', 'higher_plan']) expect(labelled(`work_item.create_${origin}`)).toBe(true);
  });

  it('reads in plain words, an unknown code kept visible', () => {
    expect(auditActionLabel('plan.sign_year', 'vi')).toBe('Chủ tịch ký duyệt kết quả năm');
    expect(auditActionLabel('plan.sign_year', 'en')).toBe('Chairman signed off a year');
    expect(auditActionLabel('case.close', 'vi')).toBe('Thao tác khác (case.close)');
    expect(auditObjectLabel('plan_year', 'vi')).toBe('Năm kế hoạch');
    expect(auditObjectLabel('mystery', 'vi')).toBe('mystery');
  });
});
