/**
 * A case's tracking code (mã theo dõi): short enough to read over the phone, random so it reveals nothing about
 * the parties, the team, the date or how many cases the commune has (Law 91/2025: no personal data in identifiers).
 * The caller gives the random bytes (the domain has no I/O); a clash inside the commune is retried by the caller.
 */
import { z } from 'zod';

/** Crockford's base 32 without I, L, O, U: no letter is mistaken for a digit. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random characters in a code: 32⁶ ≈ 1.07 billion codes per commune. */
export const trackingCodeLength = 6;

/** `HG-` and six characters of the alphabet. */
export const trackingCodeSchema = z.string().regex(/^HG-[0-9A-HJKMNP-TV-Z]{6}$/, 'field.TRACKING_CODE');

/**
 * The code made from `trackingCodeLength` random bytes (each taken modulo 32: 256 is a multiple of 32, so no bias).
 * @example trackingCodeFrom(new Uint8Array([0, 1, 2, 3, 4, 31])) // 'HG-01234Z'
 */
export function trackingCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < trackingCodeLength) throw new RangeError(`need ${trackingCodeLength} random bytes`);
  let code = '';
  for (let i = 0; i < trackingCodeLength; i += 1) code += alphabet[bytes[i]! % 32];
  return `HG-${code}`;
}
