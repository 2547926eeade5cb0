import { redirect } from '@sveltejs/kit';
import { clearSession } from '#lib/server/session-cookie.ts';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ locals, cookies, url }) => {
    await locals.api.auth.signOut.mutate().catch(() => undefined);
    clearSession(cookies, url.protocol === 'https:');
    redirect(303, '/sign-in');
  },
};
