/**
 * Whether the chairman may sign a year off today: a year that has begun (in Vietnam) and is not signed yet. A
 * future year cannot be signed — its items are still to come. The API refuses with `SIGNOFF.FUTURE_YEAR` or
 * `SIGNOFF.ALREADY`; the console shows the button only where this says yes.
 */
import { parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { yearOf } from '../calendar/today-in-vietnam.ts';

/** True when `year` has begun on `today` (Vietnam's date). */
export function yearHasBegun(year: number, today: IsoDate): boolean {
  return year <= yearOf(parseIsoDate(today));
}

/** True when `year` may be signed off on `today`: it has begun and is not signed. */
export function canSignYear(year: number, today: IsoDate, signed: boolean): boolean {
  return !signed && yearHasBegun(year, today);
}
