import { describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../errors/domain-error.ts';
import { errorMessages } from '../errors/messages.ts';
import { mediationMessages } from './messages.ts';

describe('mediation messages', () => {
  const codes = Object.keys(mediationMessages) as (keyof typeof mediationMessages)[];
  it('namespaces every code and gives it Vietnamese and English text', () => {
    for (const code of codes) {
      expect(code).toMatch(/^(MEDIATOR|ELECTION|TEAM|SCOPE|CASE|AGREEMENT|COURT|FUND)\.[A-Z_]+$/);
      expect(mediationMessages[code].vi.length).toBeGreaterThan(10);
      expect(mediationMessages[code].en.length).toBeGreaterThan(10);
      expect(errorMessages[code]).toBe(mediationMessages[code]);
    }
  });
  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of codes) expect(holes(mediationMessages[code].vi)).toEqual(holes(mediationMessages[code].en));
  });
  it('fills placeholders', () => {
    expect(formatErrorMessage('TEAM.TOO_FEW_MEDIATORS', 'en', { count: 2, min: 3 })).toBe(
      'The team has 2 active mediators; at least 3 are required.',
    );
  });
});
