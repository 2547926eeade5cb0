import { redirect } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { rememberReturn } from '#lib/server/return-to.ts';
import { clearSession } from '#lib/server/session-cookie.ts';
import type { LayoutServerLoad } from './$types';

/**
 * Every console page needs a fully set-up session; otherwise send the user where they must go next. It runs on every
 * navigation (it reads the URL), so a session that expired while a page was open is noticed at the next click: the
 * API's 401 clears the cookie and sends the user to sign in again, with a notice, back to this page afterwards.
 */
export const load: LayoutServerLoad = async ({ locals, url, cookies }) => {
  const here = `${url.pathname}${url.search}`;
  const secure = url.protocol === 'https:';
  if (!locals.token) {
    rememberReturn(cookies, here, secure);
    redirect(303, '/sign-in');
  }
  let expired = false;
  const me = await locals.api.auth.me
    .query()
    .catch((e: unknown) => ((expired = apiError(e, locals.lang).status === 401), null));
  if (!me) {
    clearSession(cookies, secure);
    rememberReturn(cookies, here, secure);
    redirect(303, expired ? '/sign-in?expired' : '/sign-in');
  }
  if (me.secondFactorPending) redirect(303, '/sign-in/totp');
  if (me.needsSetup) redirect(303, '/setup');
  return { me };
};
