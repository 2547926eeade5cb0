/**
 * A random uuid (v4) for a request's key. `crypto.randomUUID` exists only in secure contexts; a kiosk reached over
 * plain http on the office's network is not one, so the uuid is built from `crypto.getRandomValues` (always there).
 */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
