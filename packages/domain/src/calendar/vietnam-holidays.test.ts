import { describe, expect, it } from 'vitest';
import { isoWeekday } from './date-math.ts';
import { holidayCalendarSchema } from './holiday-calendar.ts';
import { vietnamCalendar } from './vietnam-calendar.ts';
import { vietnamHolidayYears } from './vietnam-holidays.ts';
import { vietnamLunarDates } from './vietnam-lunar-dates.ts';

/** Mùng 1 Tết per the Vietnamese lunar calendar (UTC+7) and Giỗ Tổ 10/3 lunar, as announced or published for 2024–2030. */
const lunar: Record<number, { tet: string; hungKings: string }> = {
  2024: { tet: '2024-02-10', hungKings: '2024-04-18' },
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
  2028: { tet: '2028-01-26', hungKings: '2028-04-04' },
  2029: { tet: '2029-02-13', hungKings: '2029-04-23' },
  2030: { tet: '2030-02-02', hungKings: '2030-04-12' },
};
const weekend = (date: string) => isoWeekday(date) >= 6;

describe('Vietnam holiday table 2024–2100 (Labour Code 2019 Art. 111–112)', () => {
  it('has one entry per year 2024..2100, in order', () => {
    expect(vietnamHolidayYears.map((y) => y.year)).toEqual(Array.from({ length: 77 }, (_, i) => 2024 + i));
  });
  for (const entry of vietnamHolidayYears) {
    describe(String(entry.year), () => {
      const publicHolidays = entry.holidays.filter((h) => h.kind === 'public_holiday');
      const dates = publicHolidays.map((h) => h.date);
      it('lists the 11 statutory days of Art. 112.1 inside its year', () => {
        expect(publicHolidays).toHaveLength(11);
        for (const h of entry.holidays) expect(h.date.startsWith(`${entry.year}-`), h.date).toBe(true);
        expect(new Set(entry.holidays.map((h) => h.date)).size).toBe(entry.holidays.length);
      });
      it('puts 1/1, 30/4, 1/5, 2/9 and an adjacent day on their dates', () => {
        for (const md of ['01-01', '04-30', '05-01', '09-02']) expect(dates).toContain(`${entry.year}-${md}`);
        const adjacent = dates.filter((d) => d === `${entry.year}-09-01` || d === `${entry.year}-09-03`);
        expect(adjacent).toHaveLength(1);
      });
      it('puts Tết on the last lunar day + mùng 1–4, and Giỗ Tổ on 10/3 lunar', () => {
        const tet = lunar[entry.year] ?? vietnamLunarDates(entry.year)!;
        const tetDays = entry.holidays
          .filter((h) => h.name.startsWith('Tết Nguyên đán'))
          .map((h) => h.date)
          .sort();
        expect(tetDays).toHaveLength(5);
        expect(tetDays[1]).toBe(tet.tet);
        expect(entry.holidays.find((h) => h.name.startsWith('Giỗ Tổ'))?.date).toBe(tet.hungKings);
      });
      it('gives one compensatory weekday per holiday on a weekend (Art. 111.3)', () => {
        const compensatory = entry.holidays.filter((h) => h.kind === 'compensatory');
        expect(compensatory).toHaveLength(dates.filter(weekend).length);
        for (const c of compensatory) expect(weekend(c.date), c.date).toBe(false);
      });
      it('balances every swapped weekday with a worked-back weekend day', () => {
        const swapped = entry.holidays.filter((h) => h.kind === 'swapped');
        expect(swapped).toHaveLength(entry.extraWorkingDays.length);
        for (const s of swapped) expect(weekend(s.date)).toBe(false);
        for (const w of entry.extraWorkingDays) expect(weekend(w.date)).toBe(true);
      });
    });
  }
  it('builds a valid default calendar covering 2024–2100 with Saturday and Sunday off', () => {
    expect(holidayCalendarSchema.safeParse(vietnamCalendar).success).toBe(true);
    expect(vietnamCalendar.weekendDays).toEqual([6, 7]);
    expect([vietnamCalendar.coversFrom, vietnamCalendar.coversTo]).toEqual(['2024-01-01', '2100-12-31']);
    expect(vietnamCalendar.announcedYears).toEqual([2024, 2025]);
    expect(vietnamCalendar.holidays.length).toBe(vietnamHolidayYears.reduce((n, y) => n + y.holidays.length, 0));
  });
  it('marks only 2024 and 2025 fully announced; later years say how sure they are', () => {
    expect(vietnamHolidayYears.slice(0, 7).map((y) => y.status)).toEqual([
      'announced',
      'announced',
      'partly_announced',
      'statutory',
      'statutory',
      'statutory',
      'statutory',
    ]);
    expect(vietnamHolidayYears.filter((y) => y.announced).map((y) => y.year)).toEqual([2024, 2025]);
    expect(vietnamHolidayYears.slice(7).every((y) => y.status === 'statutory' && !y.announced)).toBe(true);
  });
});
