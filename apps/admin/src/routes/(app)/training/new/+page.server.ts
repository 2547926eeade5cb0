/**
 * A new training event. The page carries a key made when it loaded (`clientKey`): sending the form twice (a
 * double click, a retry after a lost answer) gives back the first event, never a second one.
 */
import { randomUUID } from 'node:crypto';
import { trainingEventCreateSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { redirect } from '@sveltejs/kit';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send } from '#lib/server/registry-form.ts';
import { eventOf } from '#lib/server/training-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'training.manage', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  return { choices: await locals.api.training.choices.query(), clientKey: randomUUID() };
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const data = await request.formData();
    const { input, values } = eventOf(data);
    const full = { ...input, clientKey: String(data.get('clientKey') ?? '') };
    const checked = check('create', locals.lang, trainingEventCreateSchema, full, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('create', locals.lang, values, () => locals.api.training.create.mutate(checked.data));
    if (!sent.ok) return sent.failure;
    redirect(303, `/training/${sent.result.id}?created`);
  },
};
