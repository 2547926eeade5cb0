/** The keyed hash of a receipt's second factor: HMAC-SHA256 with the deployment's secret key over the case and the factor. */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function factorHash(secretKey: Uint8Array, caseId: string, factor: string): string {
  return createHmac('sha256', secretKey).update(`${caseId}:${factor}`).digest('base64url');
}

/** True when `factor` is the one whose hash was kept (constant-time comparison). */
export function factorMatches(secretKey: Uint8Array, caseId: string, factor: string, kept: string): boolean {
  const given = Buffer.from(factorHash(secretKey, caseId, factor));
  const stored = Buffer.from(kept);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
