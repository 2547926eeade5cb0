/**
 * A new good-mediator contest with its rules (thể lệ): name, level, days, rubric criteria with their maxima, rounds,
 * judges, the time a performance may take and the penalty per minute over it. The page carries a key made when it
 * loaded (`clientKey`): sending the form twice gives back the first contest, never a second one.
 */
import { randomUUID } from 'node:crypto';
import { contestCreateSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { redirect } from '@sveltejs/kit';
import { contestOf, rubricRows } from '#lib/server/contest-form.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'contest.manage', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  return { clientKey: randomUUID(), rubricRows };
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const { input, values } = contestOf(await request.formData());
    const checked = check('create', locals.lang, contestCreateSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('create', locals.lang, values, () => locals.api.contest.create.mutate(checked.data));
    if (!sent.ok) return sent.failure;
    redirect(303, `/contests/${sent.result.id}?created`);
  },
};
