/**
 * The browser tests' clock, the same as the stack's API's: the API is started with HGCS_CLOCK_START = `e2eClockStart`
 * and its "now" runs on from there; this side starts counting once the API answers, so it is never ahead of the
 * API (a TOTP code of the step before is still accepted). Tests never read the real clock.
 */
export const e2eClockStart = '2027-03-15T02:00:00Z';

/** The year in Vietnam (UTC+7) at the clock's start: the console's default year during a suite. */
export const e2eYear = Number(new Date(Date.parse(e2eClockStart) + 7 * 3_600_000).toISOString().slice(0, 4));

let countingSince: number | undefined;

/** Called when the stack's API first answers: from here the clock runs. */
export function startE2eClock() {
  countingSince = performance.now();
}

/** The stack's "now" (the clock's start until the API has answered). */
export function e2eNow(): Date {
  return new Date(Date.parse(e2eClockStart) + (countingSince === undefined ? 0 : performance.now() - countingSince));
}
