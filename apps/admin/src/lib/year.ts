/** The year a page shows, from its `?year=` (a plan year or 'all'), defaulting to this year within the plan. */
import { currentPlanYear, yearOf } from '@hgcs/domain';

/** `null` means every year. A year outside the plan falls back to the default; `today` is the API's (`me.today`). */
export function pickYear(param: string | null, first: number, last: number, today: string): number | null {
  if (param === 'all') return null;
  const asked = Number(param);
  if (param && Number.isInteger(asked) && asked >= first && asked <= last) return asked;
  return defaultYear(first, last, today);
}

/** This year (of `today`, the API's date in Vietnam), kept within the plan's years. */
export function defaultYear(first: number, last: number, today: string): number {
  return currentPlanYear({ startYear: first, endYear: last }, yearOf(today));
}
