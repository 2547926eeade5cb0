/**
 * What must never appear in the API's logs (ANM-07): the personal-data markers the tests plant, the harness's
 * passwords, any argon2 hash, bearer tokens, and drizzle's text of a failed query (which carries its parameters).
 */

/** The harness's passwords (harness.ts; log-leak.test.ts checks they are the same). */
export const harnessPasswords = ['mat-khau-rat-dai-2026', 'setup-pass-for-tests-1'] as const;
/** Personal data planted by log-leak.test.ts: a name, a note, a password. */
export const planted = {
  name: 'Hờ Thị Dấu Vết',
  note: 'ghi-chu-DAUVET-tranh-chap-dat',
  password: 'Mat-khau-DAUVET-7391-bay-qua',
} as const;

/** Every string whose presence in a log line is a leak. */
export const forbiddenInLogs: readonly string[] = [
  ...Object.values(planted),
  'DAUVET',
  '$argon2',
  ...harnessPasswords,
  'Bearer ',
  'Failed query',
  'params:',
  'Người dùng ',
];

/** The forbidden strings found in `text` (names only, never the lines themselves). */
export function leaksIn(text: string): string[] {
  return forbiddenInLogs.filter((marker) => text.includes(marker));
}
