/**
 * Plain calendar dates as ISO strings 'YYYY-MM-DD' (no time, no time zone): a legal deadline is a day,
 * not an instant (Civil Code 2015 Art. 148: a period ends at 24:00 of its last day).
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years the product accepts: wide enough for old case files and any plan horizon. */
export const minIsoYear = 1900;
export const maxIsoYear = 2199;

/** Days in a month of the Gregorian calendar (February has 29 days in leap years). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when a string is a real day written 'YYYY-MM-DD' (rejects 2026-02-30, 2025-13-01, 2026-2-3). */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = isoPattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return (
    year >= minIsoYear && year <= maxIsoYear && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** A calendar day 'YYYY-MM-DD' that really exists (R-TIME-1 works on days). */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'field.DATE' });
/** A string checked by `isoDateSchema`. */
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Checks a date at a function's edge; throws `CALENDAR.INVALID_DATE` for anything but a real 'YYYY-MM-DD' day. */
export function parseIsoDate(value: unknown): IsoDate {
  if (!isIsoDate(value)) throw new DomainError('CALENDAR.INVALID_DATE', { value: String(value) });
  return value as IsoDate;
}
