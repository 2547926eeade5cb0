/** The second step of sign-in: the authenticator's 6-digit code, or one recovery code when the phone is lost. */
import { secondFactorInputSchema } from '@hgcs/domain';
import { fail, redirect } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import type { Actions } from './$types';

async function give(locals: App.Locals, input: unknown, form: 'code' | 'recovery') {
  const parsed = secondFactorInputSchema.safeParse(input);
  if (!parsed.success) return fail(400, { form, message: parsed.error.issues[0]?.message ?? '' });
  try {
    await locals.api.auth.verifyTotp.mutate(parsed.data);
  } catch (error) {
    return fail(apiError(error).status, { form, message: apiError(error).message });
  }
  redirect(303, '/');
}

export const actions: Actions = {
  code: async ({ request, locals }) => give(locals, { code: (await request.formData()).get('code') }, 'code'),
  recovery: async ({ request, locals }) => give(locals, { recoveryCode: (await request.formData()).get('recoveryCode') }, 'recovery'),
};
