/**
 * A new item of the materials library. The page carries a key made when it loaded (`clientKey`): sending the form
 * twice (a double click, a retry after a lost answer) gives back the first item, never a second one.
 */
import { randomUUID } from 'node:crypto';
import { materialCreateSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { redirect } from '@sveltejs/kit';
import { requirePermission } from '#lib/server/guard.ts';
import { materialOf } from '#lib/server/material-form.ts';
import { check, send } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'material.manage', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  return { clientKey: randomUUID() };
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const data = await request.formData();
    const { input, values } = materialOf(data);
    const full = { ...input, clientKey: String(data.get('clientKey') ?? '') };
    const checked = check('create', locals.lang, materialCreateSchema, full, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('create', locals.lang, values, () => locals.api.material.create.mutate(checked.data));
    if (!sent.ok) return sent.failure;
    redirect(303, `/materials/${sent.result.id}?created`);
  },
};
