/** Each request: its language, its session token and an API client that carries it. */
import { toLang } from '@hgcs/i18n';
import type { Handle } from '@sveltejs/kit/hooks';
import { apiFor } from '#lib/server/api.ts';
import { sessionCookie } from '#lib/server/session-cookie.ts';

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.lang = toLang(event.cookies.get('lang'));
  event.locals.token = event.cookies.get(sessionCookie) ?? null;
  event.locals.api = apiFor(event.locals.token, crypto.randomUUID());
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang) });
};
