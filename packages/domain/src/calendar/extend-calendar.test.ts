import { describe, expect, it } from 'vitest';
import { extendCalendar } from './extend-calendar.ts';
import { isWorkingDay } from './is-working-day.ts';
import { vietnamCalendar } from './vietnam-calendar.ts';

describe('extendCalendar', () => {
  it('adds a new year of holidays and widens the span it covers', () => {
    const next = extendCalendar(vietnamCalendar, {
      holidays: [{ date: '2101-01-03', name: 'Nghỉ bù Tết Dương lịch', kind: 'compensatory' }],
      coversTo: '2101-12-31',
    });
    expect(next.coversTo).toBe('2101-12-31');
    expect(isWorkingDay('2101-01-03', next)).toBe(false);
    expect(isWorkingDay('2101-01-04', next)).toBe(true);
    expect(vietnamCalendar.coversTo).toBe('2100-12-31');
  });
  it("records the Government's announcement of a year, which is then no longer provisional", () => {
    const next = extendCalendar(vietnamCalendar, { announcedYears: [2027, 2026] });
    expect(next.announcedYears).toEqual([2024, 2025, 2026, 2027]);
    expect(vietnamCalendar.announcedYears).toEqual([2024, 2025]);
    expect(() => extendCalendar(vietnamCalendar, { announcedYears: [20.5] })).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_INPUT' }),
    );
  });
  it('corrects a statutory guess: the announced adjacent day of 2/9/2026 replaces the provisional one', () => {
    const next = extendCalendar(vietnamCalendar, {
      removedDates: ['2026-09-01'],
      holidays: [{ date: '2026-09-03', name: 'Quốc khánh (ngày liền kề)', kind: 'public_holiday' }],
    });
    expect(isWorkingDay('2026-09-01', next)).toBe(true);
    expect(isWorkingDay('2026-09-03', next)).toBe(false);
  });
  it('records a swap: a weekday off worked back on a Saturday', () => {
    const next = extendCalendar(vietnamCalendar, {
      holidays: [{ date: '2027-02-12', name: 'Nghỉ hoán đổi', kind: 'swapped' }],
      extraWorkingDays: [{ date: '2027-02-20', name: 'Làm bù cho thứ Sáu 12/02/2027' }],
    });
    expect(isWorkingDay('2027-02-12', next)).toBe(false);
    expect(isWorkingDay('2027-02-20', next)).toBe(true);
    expect(next.holidays.map((h) => h.date)).toEqual([...next.holidays.map((h) => h.date)].sort());
  });
  it('lets an extra working day replace an earlier day off on the same date', () => {
    const next = extendCalendar(vietnamCalendar, { extraWorkingDays: [{ date: '2025-05-02', name: 'Đi làm' }] });
    expect(isWorkingDay('2025-05-02', next)).toBe(true);
    expect(extendCalendar(vietnamCalendar, { coversFrom: '2025-01-01' }).coversFrom).toBe('2024-01-01');
  });
  it('refuses a date entered both as day off and as working day, and bad input', () => {
    expect(() =>
      extendCalendar(vietnamCalendar, {
        holidays: [{ date: '2027-02-12', name: 'Nghỉ', kind: 'local' }],
        extraWorkingDays: [{ date: '2027-02-12', name: 'Làm' }],
      }),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR.CONFLICTING_DAY' }));
    expect(() =>
      extendCalendar(vietnamCalendar, { holidays: [{ date: '2027-02-30', name: 'Nghỉ', kind: 'local' }] }),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_INPUT' }));
    expect(() =>
      extendCalendar(vietnamCalendar, {
        holidays: [{ date: '2027-02-03', name: 'Nghỉ', kind: 'vacation' as 'local' }],
      }),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_INPUT' }));
    expect(() => extendCalendar({ ...vietnamCalendar, weekendDays: [1, 2, 3, 4, 5, 6, 7] }, {})).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_INPUT' }),
    );
  });
});
