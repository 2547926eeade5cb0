/**
 * The second step of sign-in: the authenticator's 6-digit code, or one recovery code when the phone is lost. Then
 * back to the page the user was on when their session expired (return-to.ts), else the dashboard.
 */
import { secondFactorInputSchema } from '@hgcs/domain';
import { fail, redirect } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { refusal, refused } from '#lib/server/action.ts';
import { takeReturn } from '#lib/server/return-to.ts';
import type { Actions, RequestEvent } from './$types';

async function give({ locals, cookies, url }: RequestEvent, input: unknown, form: 'code' | 'recovery') {
  const parsed = secondFactorInputSchema.safeParse(input);
  if (!parsed.success) return fail(400, { form, ...refusal(locals.lang, parsed.error) });
  try {
    await locals.api.auth.verifyTotp.mutate(parsed.data);
  } catch (error) {
    return fail(apiError(error, locals.lang).status, { form, ...refused(locals.lang, error) });
  }
  redirect(303, takeReturn(cookies, url.protocol === 'https:'));
}

export const actions: Actions = {
  code: async (event) => give(event, { code: (await event.request.formData()).get('code') }, 'code'),
  recovery: async (event) =>
    give(event, { recoveryCode: (await event.request.formData()).get('recoveryCode') }, 'recovery'),
};
