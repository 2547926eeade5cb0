/**
 * Vietnam's days off 2024–2100 for state agencies, as a dated table (Labour Code 2019 Art. 111.3 and 112.1).
 * Art. 112.1: Tết Dương lịch 1/1; Tết Âm lịch 5 days (the last day of the lunar year + the first 4 days of the new
 * year); Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 + one adjacent day. Art. 111.3: a holiday on a
 * weekly rest day gives a compensatory day (nghỉ bù) on the next working day. The Government also announces each
 * year the exact Tết days and any swapped days (hoán đổi) worked back on a Saturday (làm bù).
 *
 * `announced` years follow the announcements; `statutory` years apply Art. 111–112 to the lunar dates (Hồ Ngọc Đức's
 * Vietnamese lunar calendar, UTC+7) and must be corrected by the office when the Government announces the year
 * (`extendCalendar`). 2024–2030 are kept by hand; 2031–2100 are computed by `statutoryHolidayYear` from the lunar
 * table (`vietnam-lunar-dates.ts`). Every year not fully announced is `announced: false`, so callers show "dự kiến". Not included: 24/11 "Ngày Văn hóa Việt Nam" (Politburo NQ 80-NQ/TW, Jan 2026) — a day off
 * only once Labour Code Art. 112 is amended (Government NQ 30/NQ-CP, Feb 2026); enter it with `extendCalendar` then.
 */
import type { ExtraWorkingDay, Holiday, HolidayKind } from './holiday-calendar.ts';
import { statutoryHolidayYear } from './statutory-holiday-year.ts';
import { lunarTableYears } from './vietnam-lunar-dates.ts';

/** One year of the table; `status` says how sure its dates are, `announced` whether the Government has fixed them all. */
export type HolidayYear = {
  year: number;
  status: 'announced' | 'partly_announced' | 'statutory';
  announced: boolean;
  note: string;
  holidays: readonly Holiday[];
  extraWorkingDays: readonly ExtraWorkingDay[];
};

const day = (date: string, name: string, kind: HolidayKind = 'public_holiday'): Holiday => ({ date, name, kind });
const newYear = (year: number): Holiday => day(`${year}-01-01`, 'Tết Dương lịch');
const tet = (dates: readonly [string, string, string, string, string]): Holiday[] =>
  dates.map((date, i) => day(date, i === 0 ? 'Tết Nguyên đán (ngày cuối năm âm lịch)' : `Tết Nguyên đán (mùng ${i})`));
const hungKings = (date: string): Holiday => day(date, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
const reunification = (year: number): Holiday => day(`${year}-04-30`, 'Ngày Chiến thắng (30/4)');
const labourDay = (year: number): Holiday => day(`${year}-05-01`, 'Ngày Quốc tế Lao động (1/5)');
const nationalDay = (year: number, adjacent: string): Holiday[] => [
  day(`${year}-09-02`, 'Quốc khánh (2/9)'),
  day(adjacent, 'Quốc khánh (ngày liền kề)'),
];
const compensatory = (date: string, forWhat: string): Holiday => day(date, `Nghỉ bù ${forWhat}`, 'compensatory');

/** The years kept by hand, 2024–2030. */
const keptYears: readonly Omit<HolidayYear, 'announced'>[] = [
  {
    year: 2024,
    status: 'announced',
    note: 'Tết 08/02–14/02 (7 ngày); 27/4–01/5, làm bù thứ Bảy 04/5; Quốc khánh 31/8–03/9.',
    holidays: [
      newYear(2024),
      ...tet(['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13']),
      compensatory('2024-02-08', 'Tết (mùng 1, mùng 2 trùng thứ Bảy, Chủ nhật)'),
      compensatory('2024-02-14', 'Tết (mùng 1, mùng 2 trùng thứ Bảy, Chủ nhật)'),
      hungKings('2024-04-18'),
      day('2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)', 'swapped'),
      reunification(2024),
      labourDay(2024),
      ...nationalDay(2024, '2024-09-03'),
    ],
    extraWorkingDays: [{ date: '2024-05-04', name: 'Làm bù cho thứ Hai 29/4/2024' }],
  },
  {
    year: 2025,
    status: 'announced',
    note: 'Tết 25/01–02/02 (9 ngày); 30/4–04/5, làm bù thứ Bảy 26/4; Quốc khánh 30/8–02/9.',
    holidays: [
      newYear(2025),
      ...tet(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01']),
      compensatory('2025-01-27', 'Tết (mùng 4 trùng thứ Bảy 01/02, bố trí trước Tết)'),
      hungKings('2025-04-07'),
      reunification(2025),
      labourDay(2025),
      day('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'swapped'),
      ...nationalDay(2025, '2025-09-01'),
    ],
    extraWorkingDays: [{ date: '2025-04-26', name: 'Làm bù cho thứ Sáu 02/5/2025' }],
  },
  {
    year: 2026,
    status: 'partly_announced',
    note: 'Tết Dương lịch 01–04/01, hoán đổi thứ Sáu 02/01 làm bù thứ Bảy 10/01 (CV 12729/VPCP-KGVX 25/12/2025); Tết 14/02–22/02 (9 ngày); Giỗ Tổ Chủ nhật 26/4 nghỉ bù 27/4. Ngày liền kề Quốc khánh (01/9 hay 03/9) chưa xác minh: tạm ghi 01/9.',
    holidays: [
      newYear(2026),
      day('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', 'swapped'),
      ...tet(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']),
      hungKings('2026-04-26'),
      compensatory('2026-04-27', 'Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4)'),
      reunification(2026),
      labourDay(2026),
      ...nationalDay(2026, '2026-09-01'),
    ],
    extraWorkingDays: [{ date: '2026-01-10', name: 'Làm bù cho thứ Sáu 02/01/2026' }],
  },
  {
    year: 2027,
    status: 'statutory',
    note: 'Theo Điều 112 BLLĐ 2019, chưa có thông báo: Tết 05/02–09/02, nghỉ bù 10–11/02; 1/5 thứ Bảy, nghỉ bù 03/5.',
    holidays: [
      newYear(2027),
      ...tet(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']),
      compensatory('2027-02-10', 'Tết (mùng 1 trùng thứ Bảy)'),
      compensatory('2027-02-11', 'Tết (mùng 2 trùng Chủ nhật)'),
      hungKings('2027-04-16'),
      reunification(2027),
      labourDay(2027),
      compensatory('2027-05-03', 'Ngày Quốc tế Lao động (trùng thứ Bảy)'),
      ...nationalDay(2027, '2027-09-03'),
    ],
    extraWorkingDays: [],
  },
  {
    year: 2028,
    status: 'statutory',
    note: 'Theo Điều 112 BLLĐ 2019, chưa có thông báo.',
    holidays: [
      newYear(2028),
      compensatory('2028-01-03', 'Tết Dương lịch (trùng thứ Bảy)'),
      ...tet(['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-29']),
      compensatory('2028-01-31', 'Tết (mùng 4 trùng thứ Bảy)'),
      hungKings('2028-04-04'),
      reunification(2028),
      labourDay(2028),
      compensatory('2028-05-02', 'Ngày Chiến thắng (trùng Chủ nhật)'),
      ...nationalDay(2028, '2028-09-01'),
      compensatory('2028-09-04', 'Quốc khánh (trùng thứ Bảy)'),
    ],
    extraWorkingDays: [],
  },
  {
    year: 2029,
    status: 'statutory',
    note: 'Theo Điều 112 BLLĐ 2019, chưa có thông báo.',
    holidays: [
      newYear(2029),
      ...tet(['2029-02-12', '2029-02-13', '2029-02-14', '2029-02-15', '2029-02-16']),
      hungKings('2029-04-23'),
      reunification(2029),
      labourDay(2029),
      ...nationalDay(2029, '2029-09-03'),
      compensatory('2029-09-04', 'Quốc khánh (trùng Chủ nhật)'),
    ],
    extraWorkingDays: [],
  },
  {
    year: 2030,
    status: 'statutory',
    note: 'Theo Điều 112 BLLĐ 2019, chưa có thông báo: Tết 01/02–05/02, nghỉ bù 06–07/02.',
    holidays: [
      newYear(2030),
      ...tet(['2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05']),
      compensatory('2030-02-06', 'Tết (mùng 1 trùng thứ Bảy)'),
      compensatory('2030-02-07', 'Tết (mùng 2 trùng Chủ nhật)'),
      hungKings('2030-04-12'),
      reunification(2030),
      labourDay(2030),
      ...nationalDay(2030, '2030-09-03'),
    ],
    extraWorkingDays: [],
  },
];

const computedYears = Array.from({ length: lunarTableYears.last - 2030 }, (_, i) => statutoryHolidayYear(2031 + i));

/** The table, one entry per year 2024–2100. */
export const vietnamHolidayYears: readonly HolidayYear[] = [
  ...keptYears.map((y) => ({ ...y, announced: y.status === 'announced' })),
  ...computedYears,
];
