/**
 * A year's days off as the Labour Code sets them, before the Government announces the year — Labour Code 2019
 * Art. 112.1 (1/1; Tết: the last day of the lunar year and mùng 1–4; Giỗ Tổ 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent
 * day) and Art. 111.3 (a holiday on a weekly rest day gives a compensatory day on the next working day). Such a year
 * is `announced: false` ("dự kiến"): the office enters the announcement with `extendCalendar` when it comes.
 */
import { DomainError } from '../errors/domain-error.ts';
import { addDays, isoWeekday } from './date-math.ts';
import type { Holiday, HolidayKind } from './holiday-calendar.ts';
import type { IsoDate } from './iso-date.ts';
import type { HolidayYear } from './vietnam-holidays.ts';
import { lunarTableYears, vietnamLunarDates } from './vietnam-lunar-dates.ts';

const day = (date: IsoDate, name: string, kind: HolidayKind = 'public_holiday'): Holiday => ({ date, name, kind });
const isWeekend = (date: IsoDate) => isoWeekday(date) >= 6;
const byDate = (a: Holiday, b: Holiday) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The day adjacent to 2/9 (Art. 112.1.đ): the one that joins the holiday to a weekend — 3/9 when 2/9 is a Monday,
 * Thursday or Sunday, else 1/9 — as the announcements of 2024–2025 and the table's 2027–2030 entries chose it.
 */
function nationalDayAdjacent(year: number): IsoDate {
  return [1, 4, 7].includes(isoWeekday(`${year}-09-02`)) ? `${year}-09-03` : `${year}-09-01`;
}

/**
 * The statutory days off of `year` (2024–2100, the span of the lunar table), compensatory days included.
 * @example statutoryHolidayYear(2031).holidays.filter((h) => h.kind === 'compensatory').map((h) => h.date) // ['2031-01-27', …]
 */
export function statutoryHolidayYear(year: number): HolidayYear {
  const lunar = vietnamLunarDates(year);
  if (lunar === null)
    throw new DomainError('CALENDAR.OUT_OF_RANGE', {
      date: `${year}-01-01`,
      from: `${lunarTableYears.first}-01-01`,
      to: `${lunarTableYears.last}-12-31`,
      year,
    });
  const holidays: Holiday[] = [
    day(`${year}-01-01`, 'Tết Dương lịch'),
    day(addDays(lunar.tet, -1), 'Tết Nguyên đán (ngày cuối năm âm lịch)'),
    ...[0, 1, 2, 3].map((i) => day(addDays(lunar.tet, i), `Tết Nguyên đán (mùng ${i + 1})`)),
    day(lunar.hungKings, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    day(`${year}-04-30`, 'Ngày Chiến thắng (30/4)'),
    day(`${year}-05-01`, 'Ngày Quốc tế Lao động (1/5)'),
    day(`${year}-09-02`, 'Quốc khánh (2/9)'),
    day(nationalDayAdjacent(year), 'Quốc khánh (ngày liền kề)'),
  ].sort(byDate);
  const off = new Set(holidays.map((h) => h.date));
  const compensatory: Holiday[] = [];
  for (const h of holidays.filter((x) => isWeekend(x.date))) {
    let next = addDays(h.date, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.add(next);
    const rest = isoWeekday(h.date) === 6 ? 'thứ Bảy' : 'Chủ nhật';
    compensatory.push(day(next, `Nghỉ bù ${h.name} (trùng ${rest})`, 'compensatory'));
  }
  return {
    year,
    status: 'statutory',
    announced: false,
    note: 'Theo Điều 111–112 Bộ luật Lao động 2019, dự kiến: chưa có thông báo của Chính phủ.',
    holidays: [...holidays, ...compensatory].sort(byDate),
    extraWorkingDays: [],
  };
}
