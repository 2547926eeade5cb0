/** "Tài khoản của tôi": my sessions (end one, end the others), password change, moving the authenticator to a new phone. */
import { changePasswordInputSchema, sessionIdInputSchema, totpCodeInputSchema } from '@hgcs/domain';
import { translator } from '@hgcs/i18n';
import { fail } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { pendingEnrolment } from '#lib/server/pending-enrolment.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({ sessions: await locals.api.auth.sessions.query() });

const failed = (form: string, error: unknown) =>
  fail(apiError(error).status, { form, message: apiError(error).message });
const invalid = (form: string, issues: readonly { message: string }[]) =>
  fail(400, { form, message: issues[0]?.message ?? '' });

export const actions: Actions = {
  endSession: async ({ request, locals }) => {
    const parsed = sessionIdInputSchema.safeParse({ sessionId: (await request.formData()).get('sessionId') });
    if (!parsed.success) return invalid('sessions', parsed.error.issues);
    try {
      return { form: 'sessions', ended: (await locals.api.auth.endSession.mutate(parsed.data)).sessionsEnded };
    } catch (error) {
      return failed('sessions', error);
    }
  },
  endOthers: async ({ locals }) => {
    try {
      return { form: 'sessions', ended: (await locals.api.auth.endOtherSessions.mutate()).sessionsEnded };
    } catch (error) {
      return failed('sessions', error);
    }
  },
  password: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = changePasswordInputSchema.safeParse({
      currentPassword: form.get('currentPassword'),
      newPassword: form.get('newPassword'),
    });
    if (!parsed.success) return invalid('password', parsed.error.issues);
    try {
      await locals.api.auth.changePassword.mutate(parsed.data);
      return { form: 'password', passwordChanged: true };
    } catch (error) {
      // The API's "wrong username or password" would puzzle here: only the current password was typed.
      if (apiError(error).code === 'AUTH.INVALID_CREDENTIALS')
        return fail(400, { form: 'password', message: translator(locals.lang)('account.wrongPassword') });
      return failed('password', error);
    }
  },
  beginTotp: async ({ request, locals }) => {
    const form = await request.formData();
    const proof = String(form.get('proof') ?? '').trim();
    const input = {
      currentPassword: String(form.get('currentPassword') ?? ''),
      ...(/^\d{6}$/.test(proof) ? { code: proof } : { recoveryCode: proof }),
    };
    try {
      return { form: 'totp', enrolment: await locals.api.auth.beginTotp.mutate(input) };
    } catch (error) {
      return failed('totp', error);
    }
  },
  confirmTotp: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = totpCodeInputSchema.safeParse({ code: form.get('code') });
    const enrolment = await pendingEnrolment(locals.api, form.get('secret'));
    if (!parsed.success) return fail(400, { form: 'totp', message: parsed.error.issues[0]?.message ?? '', enrolment });
    try {
      return { form: 'totp', recoveryCodes: (await locals.api.auth.confirmTotp.mutate(parsed.data)).recoveryCodes };
    } catch (error) {
      return fail(apiError(error).status, { form: 'totp', message: apiError(error).message, enrolment });
    }
  },
};
