import { toLang } from '@hgcs/i18n';
import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    cookies.set('lang', toLang(String(form.get('lang'))), { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
    const back = String(form.get('back') ?? '/');
    redirect(303, back.startsWith('/') && !back.startsWith('//') ? back : '/');
  },
};
