/** "Thôn, làng": the commune → village → team tree (keyset pages by `?after=<village id>`), and adding or changing a village. */
import { villageInputSchema, villageUpdateSchema } from '@hgcs/domain';
import { error } from '@sveltejs/kit';
import { check, intOrNull, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('team.read')) error(403, 'Bạn không có quyền xem danh sách thôn, làng.');
  const after = url.searchParams.get('after');
  const page = await locals.api.village.list.query(after && /^[0-9a-f-]{36}$/.test(after) ? { after } : {});
  return { page, canManage: me.permissions.includes('village.manage'), isFirst: !after };
};

const fields = (v: Record<string, string>) => ({
  name: v.name ?? '',
  kind: v.kind || undefined,
  ethnicMinorityArea: v.ethnicMinorityArea === 'on',
  households: intOrNull(v.households),
});

export const actions: Actions = {
  create: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check('create', locals.lang, villageInputSchema, fields(values), values);
    if (!checked.ok) return checked.failure;
    const sent = await send('create', locals.lang, values, () => locals.api.village.create.mutate(checked.data));
    return sent.ok ? { form: 'create', ok: true } : sent.failure;
  },
  update: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      `update-${values.id}`,
      locals.lang,
      villageUpdateSchema,
      { id: values.id, ...fields(values) },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send(`update-${values.id}`, locals.lang, values, () =>
      locals.api.village.update.mutate(checked.data),
    );
    return sent.ok ? { form: `update-${values.id}`, ok: true } : sent.failure;
  },
};
