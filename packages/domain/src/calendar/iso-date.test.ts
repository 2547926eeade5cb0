import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.ts';
import { daysInMonth, isIsoDate, isoDateSchema, parseIsoDate } from './iso-date.ts';

describe('isoDateSchema', () => {
  it('accepts real days, including 29 February of a leap year', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2026-12-31', '1900-01-01', '2199-12-31'])
      expect(isoDateSchema.parse(d)).toBe(d);
  });
  it('rejects impossible or badly written dates', () => {
    for (const d of [
      '2026-02-30',
      '2025-02-29',
      '1900-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2026-2-3',
      '2026-02-03T00:00',
      ' 2026-02-03',
      '1899-12-31',
      '2200-01-01',
      '',
    ]) {
      expect(isoDateSchema.safeParse(d).success, d).toBe(false);
    }
    expect(isoDateSchema.safeParse(20260203).success).toBe(false);
  });
  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
  it('agrees with the UTC calendar on every day it accepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const utc = new Date(Date.UTC(y, m - 1, d));
          expect(isIsoDate(text)).toBe(utc.getUTCMonth() === m - 1);
        },
      ),
    );
  });
});

describe('parseIsoDate', () => {
  it('returns a valid date and throws CALENDAR.INVALID_DATE otherwise', () => {
    expect(parseIsoDate('2026-03-01')).toBe('2026-03-01');
    try {
      parseIsoDate('2026-02-30');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('CALENDAR.INVALID_DATE');
      expect((error as { params: object }).params).toMatchObject({ value: '2026-02-30' });
    }
    expect(() => parseIsoDate(undefined)).toThrow(expect.objectContaining({ params: { value: 'undefined' } }));
  });
});
