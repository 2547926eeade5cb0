/**
 * The idempotency key of a person in the registry: name, birth year and village of residence, folded — the three
 * facts issue 10 uses to call two records the same person. Re-importing a list (even one typed without diacritics)
 * finds the same keys, so it never creates a second record. The key holds a name: it is personal data, never put
 * in a URL or a log.
 */

import { foldText } from './fold-text.ts';

/**
 * A stable key for (name, birth year, village).
 * @example personKey({ fullName: 'Rơ Mah  Blưh', birthYear: 1972, villageId: 'lang-bi-dong' }) // 'lang-bi-dong|1972|ro mah bluh'
 */
export function personKey(person: { fullName: string; birthYear: number; villageId: string }): string {
  return `${person.villageId}|${person.birthYear}|${foldText(person.fullName)}`;
}
