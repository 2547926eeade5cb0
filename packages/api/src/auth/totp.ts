/** TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 s) with the `otpauth` library; one step of clock drift allowed. */
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const issuer = 'Hòa giải cơ sở';

function totpFor(username: string, secretBase32: string): TOTP {
  return new TOTP({ issuer, label: username, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
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

/** True when `code` is valid now (± one 30-second step). */
export function checkTotp(username: string, secretBase32: string, code: string, now: Date): boolean {
  return totpFor(username, secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
}

/** The current code (tests and the first-run helper only). */
export function currentTotp(username: string, secretBase32: string, now: Date): string {
  return totpFor(username, secretBase32).generate({ timestamp: now.getTime() });
}
