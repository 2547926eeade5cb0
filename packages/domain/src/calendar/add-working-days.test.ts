import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './add-working-days.ts';
import { addDays, fromDayNumber, toDayNumber } from './date-math.ts';
import { extendCalendar } from './extend-calendar.ts';
import { isWorkingDay } from './is-working-day.ts';
import { vietnamCalendar } from './vietnam-calendar.ts';

const covered = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2030-09-30') }).map(fromDayNumber);

describe('addWorkingDays — R-TIME-1', () => {
  it('does not count the start day and skips the weekend', () => {
    expect(addWorkingDays('2026-03-04', 1)).toBe('2026-03-05'); // Wed → Thu
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Fri → Mon
    expect(addWorkingDays('2026-03-07', 5)).toBe('2026-03-13'); // from a Saturday: Mon..Fri
  });
  it('finds the 5th working day across Tết Bính Ngọ 2026 (off 14–22/02)', () => {
    expect(addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
  });
  it('counts a worked-back Saturday and skips the swapped day (30/4–1/5/2025)', () => {
    expect(addWorkingDays('2025-04-24', 2)).toBe('2025-04-26'); // Fri 25, Sat 26 (làm bù)
    expect(addWorkingDays('2025-04-28', 2)).toBe('2025-05-05'); // Tue 29, then off 30/4–04/5 → Mon 05/5
  });
  it('returns the start for 0 and refuses negative, fractional or huge counts', () => {
    expect(addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    for (const n of [-1, 1.5, Number.NaN, 10_000]) {
      expect(() => addWorkingDays('2026-03-02', n)).toThrow(
        expect.objectContaining({ code: 'CALENDAR.INVALID_PERIOD' }),
      );
    }
    expect(() => addWorkingDays('2026-13-02', 1)).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }));
  });
  it('runs on past 2030 on the statutory calendar, and refuses to run past the known years', () => {
    // 30/12/2030 Mon + 5 working days: 31/12, (01/01 off), 02/01, 03/01, (4–5 weekend), 06/01, 07/01
    expect(addWorkingDays('2030-12-30', 5)).toBe('2031-01-07');
    expect(() => addWorkingDays('2100-12-27', 5)).toThrow(expect.objectContaining({ code: 'CALENDAR.OUT_OF_RANGE' }));
  });
  it('always ends on a working day with exactly n working days after the start (property)', () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = addWorkingDays(start, n);
        expect(isWorkingDay(end)).toBe(true);
        let count = 0;
        for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
        expect(count).toBe(n);
      }),
    );
  });
  it('is additive: m then n working days equals m + n (property)', () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (start, m, n) => {
        expect(addWorkingDays(addWorkingDays(start, m), n)).toBe(addWorkingDays(start, m + n));
      }),
    );
  });
  it('follows an extended calendar', () => {
    const extended = extendCalendar(vietnamCalendar, {
      holidays: [{ date: '2026-03-05', name: 'Ngày nghỉ địa phương', kind: 'local' }],
    });
    expect(addWorkingDays('2026-03-04', 1, extended)).toBe('2026-03-06');
    expect(addWorkingDays('2026-03-04', 1)).toBe('2026-03-05');
  });
});
