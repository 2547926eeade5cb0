/**
 * UTC-free day arithmetic on ISO dates: a date is turned into a day number (days since 1970-01-01 in the
 * proleptic Gregorian calendar, H. Hinnant's civil-date algorithms) so no clock and no time zone is involved.
 */
import { daysInMonth, type IsoDate } from './iso-date.ts';

/** ISO weekday: 1 = Monday (Thứ Hai) … 6 = Saturday (Thứ Bảy), 7 = Sunday (Chủ nhật). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The year, month and day of an ISO date (the date must already be checked). */
export function splitIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Writes year, month, day as 'YYYY-MM-DD'. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a date. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = splitIsoDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatIsoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** The date `days` calendar days later (or earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Number of days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The ISO weekday of a date (1970-01-01 was a Thursday). */
export function isoWeekday(date: IsoDate): Weekday {
  return (((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/**
 * The corresponding day `months` later; the month's last day when it has no such day
 * (Civil Code 2015 Art. 148.1–148.2: 31/08 + 6 months → 28/02 or 29/02).
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = splitIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
