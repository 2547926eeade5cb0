/**
 * TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 s) with the `otpauth` library. A code is accepted for the
 * current 30-second step, or the one before (clock drift) — and only when that step is newer than the last one
 * the account used, so every code works once (security.md ANM-05).
 */
import { timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const issuer = 'Hòa giải cơ sở';
const periodMs = 30_000;

function totpFor(username: string, secretBase32: string): TOTP {
  return new TOTP({
    issuer,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, base32). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI and a QR code (SVG) an authenticator app scans. */
export async function totpEnrolment(username: string, secretBase32: string): Promise<{ uri: string; qrSvg: string }> {
  const uri = totpFor(username, secretBase32).toString();
  return { uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

/** The 30-second step `now` falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / periodMs);
}

/**
 * The step whose code `code` is — the current step or the one before — provided it is newer than `lastStep`;
 * null when the code is wrong, too old, or already used.
 */
export function matchTotpStep(secretBase32: string, code: string, now: Date, lastStep: number | null): number | null {
  const totp = totpFor('', secretBase32);
  const current = totpStep(now);
  for (const step of [current, current - 1]) {
    if (lastStep !== null && step <= lastStep) continue;
    const expected = totp.generate({ timestamp: step * periodMs });
    if (expected.length === code.length && timingSafeEqual(Buffer.from(expected), Buffer.from(code))) return step;
  }
  return null;
}

/** The code of the step `now` falls in (tests and helpers only). */
export function currentTotp(username: string, secretBase32: string, now: Date): string {
  return totpFor(username, secretBase32).generate({ timestamp: now.getTime() });
}
