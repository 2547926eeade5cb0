import { redirect } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import type { LayoutServerLoad } from './$types';

/** Every console page needs a fully set-up session; otherwise send the user where they must go next. */
export const load: LayoutServerLoad = async ({ locals }) => {
  if (!locals.token) redirect(303, '/sign-in');
  const me = await locals.api.auth.me.query().catch((e) => (apiError(e), null));
  if (!me) redirect(303, '/sign-in');
  if (me.secondFactorPending) redirect(303, '/sign-in/totp');
  if (me.needsSetup) redirect(303, '/setup');
  return { me };
};
