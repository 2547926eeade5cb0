/** Today's date in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD: due dates are Vietnamese calendar days. */
export function todayInVietnam(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
