import { describe, expect, it } from 'vitest';
import { extendCalendar } from './extend-calendar.ts';
import { holidayYearStatus, isProvisionalSpan } from './holiday-year-status.ts';
import { vietnamCalendar } from './vietnam-calendar.ts';

describe('holidayYearStatus and isProvisionalSpan (Labour Code 2019 Art. 112; "dự kiến")', () => {
  it('says which years are announced and which the calendar covers', () => {
    expect(holidayYearStatus(2025)).toEqual({ year: 2025, announced: true, covered: true });
    expect(holidayYearStatus(2026)).toEqual({ year: 2026, announced: false, covered: true });
    expect(holidayYearStatus(2031)).toEqual({ year: 2031, announced: false, covered: true });
    expect(holidayYearStatus(2101)).toEqual({ year: 2101, announced: false, covered: false });
  });
  it('marks a count provisional when it crosses a year not announced, in either order', () => {
    expect(isProvisionalSpan('2024-03-01', '2025-12-31')).toBe(false);
    expect(isProvisionalSpan('2025-08-31', '2026-02-28')).toBe(true);
    expect(isProvisionalSpan('2030-08-31', '2031-02-28')).toBe(true);
    expect(isProvisionalSpan('2025-12-31', '2024-01-01')).toBe(false);
  });
  it('stops being provisional once the office enters the announcement', () => {
    const announced = extendCalendar(vietnamCalendar, { announcedYears: [2026, 2027, 2028, 2029, 2030, 2031] });
    expect(isProvisionalSpan('2030-08-31', '2031-02-28', announced)).toBe(false);
    expect(isProvisionalSpan('2030-08-31', '2032-02-28', announced)).toBe(true);
    expect(holidayYearStatus(2031, announced).announced).toBe(true);
  });
  it('refuses bad dates', () => {
    expect(() => isProvisionalSpan('31/08/2030', '2031-02-28')).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }),
    );
  });
});
