import { signInInputSchema } from '@hgcs/domain';
import { fail, redirect } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { refusal } from '#lib/server/action.ts';
import { takeReturn } from '#lib/server/return-to.ts';
import { setSession } from '#lib/server/session-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

/** `?expired`: the session ended while a page was open (the console's layout sent the user here); say so. */
export const load: PageServerLoad = ({ url }) => ({ expired: url.searchParams.has('expired') });

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const form = Object.fromEntries(await request.formData());
    const parsed = signInInputSchema.safeParse({ username: form.username, password: form.password });
    if (!parsed.success)
      return fail(400, { username: String(form.username ?? ''), ...refusal(locals.lang, parsed.error) });
    let next: 'totp' | 'setup' | 'ready';
    try {
      const result = await locals.api.auth.signIn.mutate(parsed.data);
      setSession(cookies, result.token, result.expiresAt, url.protocol === 'https:');
      next = result.next;
    } catch (error) {
      const e = apiError(error, locals.lang);
      return fail(e.status, { username: parsed.data.username, message: e.message, fields: e.fields });
    }
    redirect(
      303,
      next === 'totp' ? '/sign-in/totp' : next === 'setup' ? '/setup' : takeReturn(cookies, url.protocol === 'https:'),
    );
  },
};
