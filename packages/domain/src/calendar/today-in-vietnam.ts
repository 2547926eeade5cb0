/**
 * The calendar day it is in Vietnam at an instant (UTC+7, no daylight saving since 1975), as 'YYYY-MM-DD': due
 * dates, overdue and "this year" are Vietnamese calendar days. The instant is a parameter — the domain reads no clock.
 */
import type { IsoDate } from './iso-date.ts';

const vietnamOffsetMs = 7 * 3_600_000;

/** Vietnam's date at `now`: 2026-12-31T17:00Z is already 2027-01-01 in Pờ Tó. */
export function todayInVietnam(now: Date): IsoDate {
  return new Date(now.getTime() + vietnamOffsetMs).toISOString().slice(0, 10);
}

/** The year of a day 'YYYY-MM-DD'. */
export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}
