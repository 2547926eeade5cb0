import { describe, expect, it } from 'vitest';
import { formatPercent, formatPlaceAndDate, formatShortDate, toUtcDate } from './format.ts';

describe('format', () => {
  it('pads days below 10 and months 1 and 2 only (Decree 30, Phụ lục I)', () => {
    expect(formatPlaceAndDate('Pờ Tó', '2026-11-27')).toBe('Pờ Tó, ngày 27 tháng 11 năm 2026');
    expect(formatPlaceAndDate('Pờ Tó', '2026-02-05')).toBe('Pờ Tó, ngày 05 tháng 02 năm 2026');
    expect(formatPlaceAndDate('Pờ Tó', '2027-03-09')).toBe('Pờ Tó, ngày 09 tháng 3 năm 2027');
    // no date yet: blanks for the clerk's pen, never today's date
    expect(formatPlaceAndDate('Pờ Tó', null)).toMatch(/^Pờ Tó, ngày {6}tháng {6}năm {8}$/);
  });

  it('writes percentages with a decimal comma, and a dash for nothing to count', () => {
    expect([formatPercent(42.5), formatPercent(100), formatPercent(33.333), formatPercent(null)]).toEqual([
      '42,5%',
      '100%',
      '33,3%',
      '—',
    ]);
  });

  it('gives short dates and the UTC midnight of a day', () => {
    expect(formatShortDate('2026-01-02')).toBe('02/01/2026');
    expect(toUtcDate('2026-09-30').toISOString()).toBe('2026-09-30T00:00:00.000Z');
  });
});
