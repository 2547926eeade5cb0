/**
 * The case's tracking code (mã tra cứu), given to the person who asks for mediation: short, read aloud or typed on a
 * phone, and revealing nothing about the parties (Law 35/2013 Art. 4.3 confidentiality; Law 91/2025 Art. 3
 * minimisation; security PDP-18: the kiosk keeps only this receipt). Crockford base32 (no I, L, O, U), 8 symbols =
 * 40 random bits, printed `HG-XXXX-XXXX`. Pure: the caller passes the random bytes (e.g. `crypto.getRandomValues`)
 * and retries on the rare clash with an existing code.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const symbols = 8;

/**
 * A new tracking code from at least 8 random bytes (each byte's low 5 bits pick a symbol: no bias, 32 = 2⁵).
 * @example trackingCode(crypto.getRandomValues(new Uint8Array(8))) // 'HG-7K3M-Q9TX'
 */
export function trackingCode(random: Uint8Array): string {
  if (random.length < symbols) throw new DomainError('CASE.RANDOM_SOURCE_TOO_SHORT', { field: 'random', min: symbols });
  const code = Array.from(random.subarray(0, symbols), (b) => alphabet[b & 31]).join('');
  return `HG-${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A tracking code a kiosk makes itself for a request it keeps while offline (issue 12, point 8; decision 29): the
 * same 40 random bits in its own namespace, `HK-XXXX-XXXX`, so it never clashes with a code the server gives; the
 * server takes it once, with the request it came with.
 * @example offlineTrackingCode(crypto.getRandomValues(new Uint8Array(8))) // 'HK-7K3M-Q9TX'
 */
export function offlineTrackingCode(random: Uint8Array): string {
  return `HK-${trackingCode(random).slice(3)}`;
}

/**
 * What a person may type: any case, spaces or dashes, with or without `HG` (an offline code keeps its `HK`), O for 0
 * and I or L for 1 (Crockford).
 */
function normalise(input: string): string | null {
  const upper = input.toUpperCase().replace(/[\s-]/g, '');
  const prefix = /^HK.{8}$/.test(upper) ? 'HK' : 'HG';
  const bare = upper
    .replace(/^H[GK](?=.{8}$)/, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return bare.length === symbols && [...bare].every((c) => alphabet.includes(c))
    ? `${prefix}-${bare.slice(0, 4)}-${bare.slice(4)}`
    : null;
}

/** A tracking code as typed at the kiosk or the counter, turned into its printed form (or `field.TRACKING_CODE`). */
export const trackingCodeSchema = z
  .string()
  .max(40, 'field.TRACKING_CODE')
  .transform((s, ctx) => {
    const code = normalise(s);
    if (code === null) {
      ctx.addIssue({ code: 'custom', message: 'field.TRACKING_CODE' });
      return z.NEVER;
    }
    return code;
  });
