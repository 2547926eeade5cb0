/**
 * The year a page shows, from its `?year=` (a plan year or 'all'), defaulting to this year within the plan. "This
 * year" is the API's (`me.today`), never the console's or the browser's clock.
 */

/** `null` means every year. A year outside the plan falls back to the default. */
export function pickYear(param: string | null, first: number, last: number, today: string): number | null {
  if (param === 'all') return null;
  const asked = Number(param);
  if (param && Number.isInteger(asked) && asked >= first && asked <= last) return asked;
  return defaultYear(first, last, today);
}

/** This year (of `today`, 'YYYY-MM-DD'), kept within the plan's years. */
export function defaultYear(first: number, last: number, today: string): number {
  return Math.min(last, Math.max(first, Number(today.slice(0, 4))));
}

/** Every year of the plan, first to last. */
export function yearsOf(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
