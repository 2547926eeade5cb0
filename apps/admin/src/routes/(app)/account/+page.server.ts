/** "Tài khoản của tôi": my sessions (end one, end the others), password change, moving the authenticator to a new phone. */
import { changePasswordInputSchema, sessionIdInputSchema, totpCodeInputSchema } from '@hgcs/domain';
import { translator, type Lang } from '@hgcs/i18n';
import { fail } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { invalid, refusal, refused } from '#lib/server/action.ts';
import { pendingEnrolment } from '#lib/server/pending-enrolment.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({ sessions: await locals.api.auth.sessions.query() });

const failed = (form: string, lang: Lang, error: unknown) =>
  fail(apiError(error, lang).status, { form, ...refused(lang, error) });

export const actions: Actions = {
  endSession: async ({ request, locals }) => {
    const parsed = sessionIdInputSchema.safeParse({ sessionId: (await request.formData()).get('sessionId') });
    if (!parsed.success) return invalid('sessions', locals.lang, parsed.error);
    try {
      return { form: 'sessions', ended: (await locals.api.auth.endSession.mutate(parsed.data)).sessionsEnded };
    } catch (error) {
      return failed('sessions', locals.lang, error);
    }
  },
  endOthers: async ({ locals }) => {
    try {
      return { form: 'sessions', ended: (await locals.api.auth.endOtherSessions.mutate()).sessionsEnded };
    } catch (error) {
      return failed('sessions', locals.lang, error);
    }
  },
  password: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = changePasswordInputSchema.safeParse({
      currentPassword: form.get('currentPassword'),
      newPassword: form.get('newPassword'),
    });
    if (!parsed.success) return invalid('password', locals.lang, parsed.error);
    try {
      await locals.api.auth.changePassword.mutate(parsed.data);
      return { form: 'password', passwordChanged: true };
    } catch (error) {
      // The API's "wrong username or password" would puzzle here: only the current password was typed.
      if (apiError(error, locals.lang).code === 'AUTH.INVALID_CREDENTIALS')
        return fail(400, {
          form: 'password',
          message: translator(locals.lang)('account.wrongPassword'),
          fields: { currentPassword: translator(locals.lang)('account.wrongPassword') },
        });
      return failed('password', locals.lang, error);
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
      return failed('totp', locals.lang, error);
    }
  },
  confirmTotp: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = totpCodeInputSchema.safeParse({ code: form.get('code') });
    const enrolment = await pendingEnrolment(locals.api, form.get('secret'));
    if (!parsed.success) return fail(400, { form: 'totp', ...refusal(locals.lang, parsed.error), enrolment });
    try {
      return { form: 'totp', recoveryCodes: (await locals.api.auth.confirmTotp.mutate(parsed.data)).recoveryCodes };
    } catch (error) {
      return fail(apiError(error, locals.lang).status, { form: 'totp', ...refused(locals.lang, error), enrolment });
    }
  },
};
