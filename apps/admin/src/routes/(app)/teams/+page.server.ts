/** "Tổ hòa giải": the scope's teams with their live compliance (keyset pages by `?after=<team id>`), the Decision 315 figures, founding a team. */
import { teamCreateSchema } from '@hgcs/domain';
import { error, redirect } from '@sveltejs/kit';
import { check, orNull, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('team.read')) error(403, 'Bạn không có quyền xem danh sách tổ hòa giải.');
  const after = url.searchParams.get('after');
  const canManage = me.permissions.includes('team.manage');
  const [page, figures, villages] = await Promise.all([
    locals.api.team.list.query(after && /^[0-9a-f-]{36}$/.test(after) ? { after } : {}),
    locals.api.team.figures.query(),
    canManage ? locals.api.commune.villages.query() : Promise.resolve([]),
  ]);
  return { page, figures, villages: villages.map((v) => ({ value: v.id, label: v.name })), canManage, isFirst: !after };
};

export const actions: Actions = {
  create: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      'create',
      locals.lang,
      teamCreateSchema,
      {
        villageId: values.villageId ?? '',
        name: values.name ?? '',
        foundingDecisionNo: orNull(values.foundingDecisionNo),
        foundingDecisionOn: orNull(values.foundingDecisionOn),
      },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('create', locals.lang, values, () => locals.api.team.create.mutate(checked.data));
    if (!sent.ok) return sent.failure;
    redirect(303, `/teams/${sent.result.id}`);
  },
};
