/**
 * "Hỗ trợ pháp lý": the commune's legal-support pool (keyset pages by `?after=<id>`), adding, changing
 * (`?edit=<id>` opens the form of a supporter of the page) and removing a supporter; linking is on each team's page.
 * The phone is shown and sent only for roles with `registry.read_personal`, so a role that cannot see it cannot
 * blank it either.
 */
import { legalSupporterCreateSchema, legalSupporterIdSchema, legalSupporterUpdateSchema } from '@hgcs/domain';
import { error, redirect } from '@sveltejs/kit';
import { check, orNull, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('team.read')) error(403, 'Bạn không có quyền xem danh sách người hỗ trợ pháp lý.');
  const after = url.searchParams.get('after');
  const page = await locals.api.legalSupport.list.query(after && /^[0-9a-f-]{36}$/.test(after) ? { after } : {});
  const canManage = me.permissions.includes('team.manage');
  const edit = url.searchParams.get('edit');
  return {
    page,
    canManage,
    canSeePhone: me.permissions.includes('registry.read_personal'),
    editing: (canManage && page.items.find((s) => s.id === edit)) || null,
    isFirst: !after,
    saved: url.searchParams.has('saved'),
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
  update: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      'update',
      locals.lang,
      legalSupporterUpdateSchema,
      {
        id: values.id ?? '',
        fullName: values.fullName ?? '',
        kind: values.kind ?? '',
        organisation: orNull(values.organisation),
        // Only a form that showed the phone sends it.
        ...(values.phone === undefined ? {} : { phone: orNull(values.phone) }),
      },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('update', locals.lang, values, () => locals.api.legalSupport.update.mutate(checked.data));
    if (!sent.ok) return sent.failure;
    redirect(303, '/legal-support?saved=1');
  },
  remove: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check('remove', locals.lang, legalSupporterIdSchema, { id: values.id ?? '' }, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('remove', locals.lang, values, () => locals.api.legalSupport.remove.mutate(checked.data));
    return sent.ok ? { form: 'remove', ok: true } : sent.failure;
  },
};
