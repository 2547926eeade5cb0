/**
 * The commune's kiosks (issue 12, point 9): register one (its device token is shown on the answer to this action,
 * once — only its hash is kept), list them (last seen, requests today), revoke one. Also where the layout's
 * "call staff" notice marks a call handled (`?/handle`), going back to the page it was pressed on.
 */
import { kioskDeviceRegisterSchema, kioskIdSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { fail, redirect } from '@sveltejs/kit';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import { safeBack } from '#lib/safe-back.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'kiosk.manage', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  return { devices: await locals.api.kioskDevice.list.query() };
};

export const actions: Actions = {
  register: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const input = { name: values.name ?? '', place: values.place ?? '' };
    const checked = check('register', locals.lang, kioskDeviceRegisterSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('register', locals.lang, values, () =>
      locals.api.kioskDevice.register.mutate(checked.data),
    );
    if (!sent.ok) return sent.failure;
    return { form: 'register', token: sent.result.token, name: checked.data.name };
  },
  revoke: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check('revoke', locals.lang, kioskIdSchema, { id: values.id ?? '' }, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('revoke', locals.lang, values, () => locals.api.kioskDevice.revoke.mutate(checked.data));
    if (!sent.ok) return sent.failure;
    return { form: 'revoke', revoked: true };
  },
  handle: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const parsed = kioskIdSchema.safeParse({ id: values.id ?? '' });
    if (!parsed.success) return fail(400, { form: 'handle', message: errorText(locals.lang, 'KIOSK.NOT_FOUND') });
    const sent = await send('handle', locals.lang, values, () => locals.api.kioskCall.handle.mutate(parsed.data));
    if (!sent.ok) return sent.failure;
    redirect(303, safeBack(values.back));
  },
};
