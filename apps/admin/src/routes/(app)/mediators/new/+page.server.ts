/** Adding a mediator: every refusal beside its field; a likely duplicate asks the officer to confirm it is another person. */
import { mediatorCreateSchema } from '@hgcs/domain';
import { error, redirect } from '@sveltejs/kit';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import { mediatorFields } from '../mediator-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (!me.permissions.includes('mediator.manage')) error(403, 'Bạn không có quyền thêm hòa giải viên.');
  return { villages: (await locals.api.commune.villages.query()).map((v) => ({ value: v.id, label: v.name })) };
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check('create', locals.lang, mediatorCreateSchema, mediatorFields(values), values);
    if (!checked.ok) return checked.failure;
    const sent = await send('create', locals.lang, values, () => locals.api.mediator.create.mutate(checked.data));
    if (!sent.ok) return sent.failure;
    redirect(303, `/mediators/${sent.result.id}`);
  },
};
