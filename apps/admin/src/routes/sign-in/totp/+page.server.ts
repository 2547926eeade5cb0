import { totpCodeInputSchema } from '@hgcs/domain';
import { fail, redirect } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const parsed = totpCodeInputSchema.safeParse({ code: (await request.formData()).get('code') });
    if (!parsed.success) return fail(400, { message: parsed.error.issues[0]?.message ?? '' });
    try {
      await locals.api.auth.verifyTotp.mutate(parsed.data);
    } catch (error) {
      return fail(apiError(error).status, { message: apiError(error).message });
    }
    redirect(303, '/');
  },
};
