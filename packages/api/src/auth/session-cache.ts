/**
 * A short-lived in-process cache of resolved sessions, so a signed-in read costs one database round trip instead
 * of two (performance.md: one round trip halves throughput on these machines). Entries live at most `ttlMs`
 * (15 s) and never past the session's own expiry; sign-out, password and second-factor changes forget them at
 * once in this process. With several API processes, a revoked session may live up to `ttlMs` in the others.
 */
import type { SessionUser } from '../context.ts';

const ttlMs = 15_000;
const maxEntries = 10_000;
const entries = new Map<string, { user: SessionUser; until: number }>();

/** The cached user of a token hash, if fresh. */
export function cachedSession(tokenHash: string, now: Date): SessionUser | undefined {
  const hit = entries.get(tokenHash);
  if (!hit) return undefined;
  if (hit.until <= now.getTime()) {
    entries.delete(tokenHash);
    return undefined;
  }
  return hit.user;
}

/** Remembers a resolved session until `min(now + ttl, expiresAt)`. */
export function rememberSession(user: SessionUser, expiresAt: Date, now: Date): void {
  if (entries.size >= maxEntries) entries.clear();
  entries.set(user.tokenHash, { user, until: Math.min(now.getTime() + ttlMs, expiresAt.getTime()) });
}

/** Forgets one session (sign-out, second factor given). */
export function forgetSession(tokenHash: string): void {
  entries.delete(tokenHash);
}

/** Forgets every session of a user (password, TOTP or account changes). */
export function forgetUser(userId: string): void {
  for (const [key, value] of entries) if (value.user.userId === userId) entries.delete(key);
}
