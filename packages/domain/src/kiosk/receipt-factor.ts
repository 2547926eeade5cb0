/**
 * The second factor printed only on the kiosk's receipt (issue 12, point 4): with the tracking code it lets the
 * person check their request, so a code read over a shoulder or guessed is not enough (codes cannot be enumerated).
 * 6 Crockford base32 symbols (30 random bits), printed `ABC-123`; the server keeps only its keyed hash and locks a
 * code after a few wrong tries. Pure: the caller passes the random bytes.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const symbols = 6;

/**
 * A new second factor from at least 6 random bytes.
 * @example receiptFactor(crypto.getRandomValues(new Uint8Array(6))) // 'K3M-Q9T'
 */
export function receiptFactor(random: Uint8Array): string {
  if (random.length < symbols) throw new DomainError('CASE.RANDOM_SOURCE_TOO_SHORT', { field: 'random', min: symbols });
  const code = Array.from(random.subarray(0, symbols), (b) => alphabet[b & 31]).join('');
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** The factor as typed (any case, spaces or dash, O for 0, I or L for 1), in its printed form; else `field.RECEIPT_FACTOR`. */
export const receiptFactorSchema = z
  .string()
  .max(20, 'field.RECEIPT_FACTOR')
  .transform((s, ctx) => {
    const bare = s.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
    if (bare.length !== symbols || ![...bare].every((c) => alphabet.includes(c))) {
      ctx.addIssue({ code: 'custom', message: 'field.RECEIPT_FACTOR' });
      return z.NEVER;
    }
    return `${bare.slice(0, 3)}-${bare.slice(3)}`;
  });
