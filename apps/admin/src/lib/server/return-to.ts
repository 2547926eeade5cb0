/**
 * Where to go back after signing in again when a session expired: the page the user was on, kept in a short-lived
 * httpOnly cookie on this site (never in a URL, so never in a proxy's or server's log), checked to be a same-site path
 * (`safeBack`) both when kept and when used, and read once.
 */
import type { Cookies } from '@sveltejs/kit';
import { safeBack } from '#lib/safe-back.ts';

const name = 'hgcs_return';

/** Keeps `path` (e.g. '/work?year=2026') for after the next sign-in. */
export function rememberReturn(cookies: Cookies, path: string, secure: boolean): void {
  const safe = safeBack(path);
  if (safe === '/' || safe.startsWith('/sign-in') || safe.startsWith('/sign-out')) return;
  cookies.set(name, safe, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 30 * 60 });
}

/** The kept path, or '/' — and forgets it. */
export function takeReturn(cookies: Cookies, secure: boolean): string {
  const kept = cookies.get(name);
  if (kept === undefined) return '/';
  cookies.delete(name, { path: '/', secure });
  return safeBack(kept);
}
