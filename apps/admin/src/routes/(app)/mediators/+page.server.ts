/**
 * "Hòa giải viên": search by name without diacritics. The query is personal data, so it never goes in the URL: the
 * search and its next pages are POST form actions; the first page without a query is the commune's list by name.
 */
import { mediatorSearchSchema } from '@hgcs/domain';
import { error } from '@sveltejs/kit';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (!me.permissions.includes('mediator.read')) error(403, 'Bạn không có quyền xem danh sách hòa giải viên.');
  return {
    page: await locals.api.mediator.search.query({ limit: 50 }),
    canManage: me.permissions.includes('mediator.manage'),
  };
};

export const actions: Actions = {
  search: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      'search',
      locals.lang,
      mediatorSearchSchema,
      { q: values.q ?? '', limit: 50, ...(values.after ? { after: values.after } : {}) },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('search', locals.lang, values, () => locals.api.mediator.search.query(checked.data));
    return sent.ok ? { form: 'search', ok: true, q: checked.data.q, results: sent.result } : sent.failure;
  },
};
