/** Switches the console's language and goes back to the page the user was on (same site only; never throws). */
import { toLang } from '@hgcs/i18n';
import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { safeBack } from '#lib/safe-back.ts';

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData().catch(() => new FormData());
    cookies.set('lang', toLang(String(form.get('lang'))), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      maxAge: 60 * 60 * 24 * 365,
    });
    redirect(303, safeBack(form.get('back') ?? url.searchParams.get('back')));
  },
};
