import { signInInputSchema } from '@hgcs/domain';
import { fail, redirect } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { setSession } from '#lib/server/session-cookie.ts';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const form = Object.fromEntries(await request.formData());
    const parsed = signInInputSchema.safeParse({ username: form.username, password: form.password });
    if (!parsed.success) return fail(400, { username: String(form.username ?? ''), message: parsed.error.issues[0]?.message ?? '' });
    let next: 'totp' | 'setup' | 'ready';
    try {
      const result = await locals.api.auth.signIn.mutate(parsed.data);
      setSession(cookies, result.token, result.expiresAt, url.protocol === 'https:');
      next = result.next;
    } catch (error) {
      const e = apiError(error);
      return fail(e.status, { username: parsed.data.username, message: e.message });
    }
    redirect(303, next === 'totp' ? '/sign-in/totp' : next === 'setup' ? '/setup' : '/');
  },
};
