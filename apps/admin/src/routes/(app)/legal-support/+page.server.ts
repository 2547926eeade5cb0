/** "Hỗ trợ pháp lý": the commune's legal-support pool (keyset pages by `?after=<id>`), adding and removing a supporter; linking is on each team's page. */
import { legalSupporterCreateSchema, legalSupporterIdSchema } from '@hgcs/domain';
import { error } from '@sveltejs/kit';
import { check, orNull, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('team.read')) error(403, 'Bạn không có quyền xem danh sách người hỗ trợ pháp lý.');
  const after = url.searchParams.get('after');
  return {
    page: await locals.api.legalSupport.list.query(after && /^[0-9a-f-]{36}$/.test(after) ? { after } : {}),
    canManage: me.permissions.includes('team.manage'),
    isFirst: !after,
  };
};

export const actions: Actions = {
  create: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      'create',
      locals.lang,
      legalSupporterCreateSchema,
      {
        fullName: values.fullName ?? '',
        kind: values.kind ?? '',
        organisation: orNull(values.organisation),
        phone: orNull(values.phone),
      },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('create', locals.lang, values, () => locals.api.legalSupport.create.mutate(checked.data));
    return sent.ok ? { form: 'create', ok: true } : sent.failure;
  },
  remove: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check('remove', locals.lang, legalSupporterIdSchema, { id: values.id ?? '' }, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('remove', locals.lang, values, () => locals.api.legalSupport.remove.mutate(checked.data));
    return sent.ok ? { form: 'remove', ok: true } : sent.failure;
  },
};
