/**
 * Each request: its language, its session token and an API client that carries it and the browser's address
 * (set by server.ts). Pages rendered for a session are never stored by a browser or proxy (HD-01: Cache-Control
 * no-store); downloads set their own `private, no-store`.
 */
import { toLang } from '@hgcs/i18n';
import type { Handle } from '@sveltejs/kit/hooks';
import { apiFor } from '#lib/server/api.ts';
import { sessionCookieName } from '#lib/server/session-cookie.ts';

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.lang = toLang(event.cookies.get('lang'));
  event.locals.token = event.cookies.get(sessionCookieName(event.url.protocol === 'https:')) ?? null;
  event.locals.api = apiFor(event.locals.token, crypto.randomUUID(), clientAddress(event.getClientAddress));
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang),
  });
  if (event.locals.token && !response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
  return response;
};

/** The browser's address, or null when the host gives none (vite dev). */
function clientAddress(get: () => string): string | null {
  try {
    return get() || null;
  } catch {
    return null;
  }
}
