/**
 * The admin keeps the API's bearer token in an httpOnly, same-site cookie on its own origin. Under https the
 * cookie is `__Host-` prefixed (Secure, path /, no Domain), so no subdomain or plain-http page can set or
 * overwrite it (HD-01, ASVS 3.3).
 */
import type { Cookies } from '@sveltejs/kit';

/** The session cookie's name: `__Host-hgcs_session` under https, `hgcs_session` on a plain-http LAN. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-hgcs_session' : 'hgcs_session';
}

export function setSession(cookies: Cookies, token: string, expiresAt: string, secure: boolean) {
  cookies.set(sessionCookieName(secure), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    expires: new Date(expiresAt),
  });
}

export function clearSession(cookies: Cookies, secure = false) {
  cookies.delete(sessionCookieName(secure), { path: '/', secure });
}
