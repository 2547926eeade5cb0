import { changePasswordInputSchema, totpCodeInputSchema } from '@hgcs/domain';
import type { Lang } from '@hgcs/i18n';
import { fail, redirect } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { refusal, refused } from '#lib/server/action.ts';
import { pendingEnrolment } from '#lib/server/pending-enrolment.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  if (!locals.token) redirect(303, '/sign-in');
  const me = await locals.api.auth.me.query().catch(() => null);
  if (!me) redirect(303, '/sign-in');
  if (me.secondFactorPending) redirect(303, '/sign-in/totp');
  // After the last step the page stays, to show the recovery codes once (a form post's URL is `?/action`).
  if (!me.needsSetup && !url.search.startsWith('?/')) redirect(303, '/');
  return { me };
};

const failWith = (lang: Lang, error: unknown) => fail(apiError(error, lang).status, refused(lang, error));

export const actions: Actions = {
  password: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = changePasswordInputSchema.safeParse({
      currentPassword: form.get('currentPassword'),
      newPassword: form.get('newPassword'),
    });
    if (!parsed.success) return fail(400, refusal(locals.lang, parsed.error));
    try {
      await locals.api.auth.changePassword.mutate(parsed.data);
    } catch (error) {
      return failWith(locals.lang, error);
    }
    return { passwordChanged: true };
  },
  beginTotp: async ({ locals }) => {
    try {
      return { enrolment: await locals.api.auth.beginTotp.mutate() };
    } catch (error) {
      return failWith(locals.lang, error);
    }
  },
  confirmTotp: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = totpCodeInputSchema.safeParse({ code: form.get('code') });
    const enrolment = await pendingEnrolment(locals.api, form.get('secret'));
    if (!parsed.success) return fail(400, { ...refusal(locals.lang, parsed.error), enrolment });
    try {
      return { recoveryCodes: (await locals.api.auth.confirmTotp.mutate(parsed.data)).recoveryCodes };
    } catch (error) {
      return fail(apiError(error, locals.lang).status, { ...refused(locals.lang, error), enrolment });
    }
  },
};
