/**
 * Recovery codes: 10 single-use codes made when an authenticator is enrolled, shown once, kept only as SHA-256.
 * Each code is 16 characters from a 32-letter alphabet (80 random bits), so a plain SHA-256 is enough: a slow
 * hash (argon2id) protects guessable human secrets, but no one can enumerate 2^80 codes, and a fast hash lets
 * the database find and remove the used code in one statement (single use even under parallel attempts).
 */
import { createHash, randomInt } from 'node:crypto';

const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'; // 32 letters: no l, o, 0, 1
export const recoveryCodeCount = 10;

/** The stored form of a normalised code (lower case, no dashes — domain `recoveryCodeSchema` normalises). */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(`hgcs-recovery:${code}`).digest('hex');
}

/** Ten new codes, as shown (`abcd-efgh-jkmn-pqrs`), with their hashes to store. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const raw = Array.from({ length: recoveryCodeCount }, () =>
    Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join(''),
  );
  return { codes: raw.map((c) => c.match(/.{4}/g)!.join('-')), hashes: raw.map(hashRecoveryCode) };
}
