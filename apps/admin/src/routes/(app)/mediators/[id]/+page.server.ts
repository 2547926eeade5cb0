/** One mediator: who they are (personal data only for roles that may read it), their memberships, and editing. */
import { mediatorUpdateSchema } from '@hgcs/domain';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import { mediatorFields } from '../mediator-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params }) => {
  const { me } = await parent();
  const mediator = await locals.api.mediator.get
    .query({ id: params.id })
    .catch((e: unknown) =>
      error(
        apiError(e, locals.lang).status === 400 ? 404 : apiError(e, locals.lang).status,
        apiError(e, locals.lang).message,
      ),
    );
  const canManage = me.permissions.includes('mediator.manage');
  const villages = canManage
    ? (await locals.api.commune.villages.query()).map((v) => ({ value: v.id, label: v.name }))
    : [];
  const training = me.permissions.includes('training.read')
    ? await locals.api.training.mediatorRecord.query({ mediatorId: params.id })
    : null;
  return { mediator, canManage, villages, training };
};

export const actions: Actions = {
  default: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      'update',
      locals.lang,
      mediatorUpdateSchema,
      { id: params.id, ...mediatorFields(values) },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('update', locals.lang, values, () => locals.api.mediator.update.mutate(checked.data));
    return sent.ok ? { form: 'update', ok: true } : sent.failure;
  },
};
