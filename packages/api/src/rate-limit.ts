/**
 * A small in-memory token bucket per key (client address) for the kiosk and sign-in: enough for one API
 * process at a commune office. Behind a load balancer, move it to PostgreSQL or the proxy.
 */
const capacity = 300;
const refillPerSecond = 5;
const buckets = new Map<string, { tokens: number; at: number }>();

/** Takes one token for `key`; false when the bucket is empty (the caller answers 429). */
export function takeToken(key: string, now: Date): boolean {
  const t = now.getTime();
  const b = buckets.get(key) ?? { tokens: capacity, at: t };
  b.tokens = Math.min(capacity, b.tokens + ((t - b.at) / 1000) * refillPerSecond);
  b.at = t;
  if (buckets.size > 10_000) buckets.clear();
  if (b.tokens < 1) {
    buckets.set(key, b);
    return false;
  }
  b.tokens -= 1;
  buckets.set(key, b);
  return true;
}
