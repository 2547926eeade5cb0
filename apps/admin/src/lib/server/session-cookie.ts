/** The admin keeps the API's bearer token in an httpOnly, same-site cookie on its own origin. */
import type { Cookies } from '@sveltejs/kit';

export const sessionCookie = 'hgcs_session';

export function setSession(cookies: Cookies, token: string, expiresAt: string, secure: boolean) {
  cookies.set(sessionCookie, token, { path: '/', httpOnly: true, sameSite: 'strict', secure, expires: new Date(expiresAt) });
}

export function clearSession(cookies: Cookies) {
  cookies.delete(sessionCookie, { path: '/' });
}
