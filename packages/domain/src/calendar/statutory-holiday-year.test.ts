import { describe, expect, it } from 'vitest';
import { isoWeekday } from './date-math.ts';
import { statutoryHolidayYear } from './statutory-holiday-year.ts';
import { vietnamHolidayYears } from './vietnam-holidays.ts';

const offDays = (holidays: readonly { date: string; kind: string }[]) =>
  holidays.map((h) => `${h.date} ${h.kind}`).sort();

describe('statutoryHolidayYear (Labour Code 2019 Art. 111.3, 112.1)', () => {
  it('reproduces the hand-kept statutory years 2027–2030 day for day', () => {
    for (const year of [2027, 2028, 2029, 2030]) {
      const kept = vietnamHolidayYears.find((y) => y.year === year)!;
      expect(offDays(statutoryHolidayYear(year).holidays), String(year)).toEqual(offDays(kept.holidays));
    }
  });
  it('gives 2031: Tết 22–26/01 with mùng 3–4 on the weekend made up on 27–28/01, 2/9 on a Tuesday with 1/9', () => {
    const y = statutoryHolidayYear(2031);
    expect(y).toMatchObject({ year: 2031, status: 'statutory', announced: false, extraWorkingDays: [] });
    expect(offDays(y.holidays)).toEqual([
      '2031-01-01 public_holiday',
      '2031-01-22 public_holiday',
      '2031-01-23 public_holiday',
      '2031-01-24 public_holiday',
      '2031-01-25 public_holiday',
      '2031-01-26 public_holiday',
      '2031-01-27 compensatory',
      '2031-01-28 compensatory',
      '2031-04-01 public_holiday',
      '2031-04-30 public_holiday',
      '2031-05-01 public_holiday',
      '2031-09-01 public_holiday',
      '2031-09-02 public_holiday',
    ]);
  });
  it('makes up a weekend holiday on the first weekday not already off (30/4/2033 Sat, 1/5 Sun → 2–3/5)', () => {
    const comp = statutoryHolidayYear(2033).holidays.filter((h) => h.kind === 'compensatory');
    expect(comp.filter((h) => h.date.startsWith('2033-05')).map((h) => h.date)).toEqual(['2033-05-02', '2033-05-03']);
    expect(isoWeekday('2033-04-30')).toBe(6);
  });
  it('joins 2/9 to a weekend: 3/9 when 2/9 is a Monday, Thursday or Sunday, else 1/9', () => {
    const adjacent = (year: number) =>
      statutoryHolidayYear(year).holidays.find((h) => h.name === 'Quốc khánh (ngày liền kề)')!.date;
    // 2/9 falls on: 2031 Tuesday, 2032 Thursday, 2035 Sunday, 2037 Wednesday, 2039 Friday, 2041 Monday
    expect([2031, 2032, 2035, 2037, 2039, 2041].map(adjacent)).toEqual([
      '2031-09-01',
      '2032-09-03',
      '2035-09-03',
      '2037-09-01',
      '2039-09-01',
      '2041-09-03',
    ]);
  });
  it('refuses a year outside the lunar table', () => {
    expect(() => statutoryHolidayYear(2101)).toThrow(
      expect.objectContaining({ code: 'CALENDAR.OUT_OF_RANGE', params: expect.objectContaining({ year: 2101 }) }),
    );
  });
});
