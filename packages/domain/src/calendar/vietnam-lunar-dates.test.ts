import { describe, expect, it } from 'vitest';
import { daysBetween } from './date-math.ts';
import { lunarTableYears, vietnamLunarDates } from './vietnam-lunar-dates.ts';

const years = Array.from({ length: lunarTableYears.last - lunarTableYears.first + 1 }, (_, i) => 2024 + i);

describe('vietnamLunarDates — Tết and Giỗ Tổ 2024–2100 (Labour Code 2019 Art. 112.1)', () => {
  it('covers 2024..2100 and nothing else', () => {
    expect(lunarTableYears).toEqual({ first: 2024, last: 2100 });
    expect(years.every((y) => vietnamLunarDates(y) !== null)).toBe(true);
    for (const y of [2023, 2101, 2030.5]) expect(vietnamLunarDates(y)).toBeNull();
  });
  it('puts every Tết between 21/01 and 20/02 of its own year', () => {
    for (const y of years) {
      const { tet } = vietnamLunarDates(y)!;
      expect(tet.slice(0, 4), String(y)).toBe(String(y));
      expect(tet.slice(5) >= '01-21' && tet.slice(5) <= '02-20', tet).toBe(true);
    }
  });
  it('has lunar years of 354–355 days, or 383–385 with a leap month', () => {
    for (const y of years.slice(1)) {
      const length = daysBetween(vietnamLunarDates(y - 1)!.tet, vietnamLunarDates(y)!.tet);
      expect([354, 355, 383, 384, 385], String(y)).toContain(length);
    }
  });
  it('puts Giỗ Tổ (10/3) two lunar months and 9 days after Tết, or three with a leap 1st or 2nd month', () => {
    for (const y of years) {
      const { tet, hungKings } = vietnamLunarDates(y)!;
      expect([67, 68, 69, 96, 97, 98, 99], String(y)).toContain(daysBetween(tet, hungKings));
    }
  });
  it('counts at UTC+7: the years where the Chinese calendar (UTC+8) differs keep the Vietnamese dates', () => {
    // The Chinese calendar has Tết 2030 on 03/02 and 2053 on 19/02, and Giỗ Tổ a day later in 2037, 2038, 2085, 2086,
    // 2095 and 2100; the Vietnamese new moon falls a day earlier.
    expect(vietnamLunarDates(2030)).toEqual({ tet: '2030-02-02', hungKings: '2030-04-12' });
    expect(vietnamLunarDates(2053)?.tet).toBe('2053-02-18');
    expect([2037, 2038, 2085, 2086, 2095, 2100].map((y) => vietnamLunarDates(y)?.hungKings)).toEqual([
      '2037-04-24',
      '2038-04-13',
      '2085-04-03',
      '2086-04-22',
      '2095-04-13',
      '2100-04-18',
    ]);
  });
  it('agrees with the published Tết of the 2030s', () => {
    expect([2031, 2032, 2033, 2034, 2035, 2036].map((y) => vietnamLunarDates(y)?.tet)).toEqual([
      '2031-01-23',
      '2032-02-11',
      '2033-01-31',
      '2034-02-19',
      '2035-02-08',
      '2036-01-28',
    ]);
  });
});
