/** A first administrator's one-time setup password: 4 groups of 4 unambiguous characters (≈ 79 bits), random. */
import { randomInt } from 'node:crypto';

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A new random setup password (it must be replaced at first sign-in, with TOTP). */
export function setupPassword(): string {
  return Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(''),
  ).join('-');
}
