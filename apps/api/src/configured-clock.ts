/**
 * The API's clock from configuration: the system clock, or — for tests and rehearsals of a future year —
 * `HGCS_CLOCK_START` plus the time elapsed since the process started (monotonic, so the instant still moves:
 * sessions idle out, TOTP steps change). `pnpm start` refuses such a clock unless it is explicitly allowed
 * (tooling/scripts/src/start-all.ts), so a stray variable cannot date a deployment's sign-offs and audit rows.
 *
 * @example
 * const clock = configuredClock('2027-03-15T02:00:00Z'); // clock() → 2027-03-15T02:00:00.000Z, then later
 */
export function configuredClock(start: string | undefined, elapsedMs: () => number = monotonicSince()): () => Date {
  if (start === undefined) return () => new Date();
  const origin = Date.parse(start);
  if (Number.isNaN(origin)) throw new Error(`HGCS_CLOCK_START is not an instant: ${start}`);
  return () => new Date(origin + elapsedMs());
}

function monotonicSince(): () => number {
  const begun = performance.now();
  return () => performance.now() - begun;
}
