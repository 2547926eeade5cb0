import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  fromDayNumber,
  isoWeekday,
  splitIsoDate,
  toDayNumber,
} from './date-math.ts';
import { daysInMonth } from './iso-date.ts';

const dayNumbers = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') });
const utcIso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe('day numbers', () => {
  it('start at 1970-01-01 and match known days', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });
  it('round-trip and agree with UTC dates (property)', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const date = fromDayNumber(n);
        expect(date).toBe(utcIso(n));
        expect(toDayNumber(date)).toBe(n);
        expect(isoWeekday(date)).toBe(((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
  it('adds days and measures distances consistently (property)', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -3000, max: 3000 }), (n, k) => {
        const date = fromDayNumber(n);
        expect(daysBetween(date, addDays(date, k))).toBe(k);
      }),
    );
  });
  it('knows weekdays: 2026-02-28 is a Saturday, 2026-03-01 a Sunday', () => {
    expect(isoWeekday('2026-02-28')).toBe(6);
    expect(isoWeekday('2026-03-01')).toBe(7);
    expect(isoWeekday('2026-03-02')).toBe(1);
  });
});

describe('addMonthsClamped — Civil Code 2015 Art. 148', () => {
  it('ends on the corresponding day, or the month end when there is none', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonthsClamped('2025-03-15', 10)).toBe('2026-01-15');
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2025-11-30', -2)).toBe('2025-09-30');
  });
  it('keeps the day when the target month has it and otherwise lands on the last day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') }),
        fc.integer({ min: 0, max: 600 }),
        (n, months) => {
          const start = splitIsoDate(fromDayNumber(n));
          const end = splitIsoDate(addMonthsClamped(fromDayNumber(n), months));
          expect((end.year - start.year) * 12 + end.month - start.month).toBe(months);
          expect(end.day).toBe(Math.min(start.day, daysInMonth(end.year, end.month)));
        },
      ),
    );
  });
});
