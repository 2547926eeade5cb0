import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.ts';
import { isWorkingDay, nextWorkingDayOnOrAfter } from './is-working-day.ts';
import { vietnamCalendar } from './vietnam-calendar.ts';

describe('isWorkingDay', () => {
  it('is true on an ordinary weekday and false on Saturday and Sunday', () => {
    expect(isWorkingDay('2026-03-04')).toBe(true);
    expect(isWorkingDay('2026-03-07')).toBe(false);
    expect(isWorkingDay('2026-03-08', vietnamCalendar)).toBe(false);
  });
  it('is false on public holidays, compensatory and swapped days', () => {
    expect(isWorkingDay('2026-02-17')).toBe(false); // mùng 1 Tết Bính Ngọ
    expect(isWorkingDay('2026-04-27')).toBe(false); // nghỉ bù Giỗ Tổ
    expect(isWorkingDay('2025-05-02')).toBe(false); // hoán đổi
    expect(isWorkingDay('2024-09-03')).toBe(false);
  });
  it('is true on a worked-back Saturday (làm bù)', () => {
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(isWorkingDay('2026-01-10')).toBe(true);
  });
  it('refuses a day outside the calendar instead of guessing', () => {
    try {
      isWorkingDay('2101-01-24');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('CALENDAR.OUT_OF_RANGE');
      expect(isDomainError(error) && error.params).toMatchObject({ year: 2101, to: '2100-12-31' });
    }
    expect(() => isWorkingDay('2023-12-29')).toThrow();
  });
  it('knows the statutory days off after 2030: Tết 2031, the make-up days, Giỗ Tổ 2032', () => {
    expect(['2031-01-22', '2031-01-23', '2031-01-27', '2031-01-28', '2032-04-19'].map((d) => isWorkingDay(d))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isWorkingDay('2031-01-29')).toBe(true);
  });
  it('refuses an impossible date', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }));
  });
});

describe('nextWorkingDayOnOrAfter (Civil Code 2015 Art. 148.5)', () => {
  it('keeps a working day and moves a rest day forward', () => {
    expect(nextWorkingDayOnOrAfter('2026-03-04')).toBe('2026-03-04');
    expect(nextWorkingDayOnOrAfter('2026-02-28')).toBe('2026-03-02');
    expect(nextWorkingDayOnOrAfter('2026-02-14')).toBe('2026-02-23');
  });
});
