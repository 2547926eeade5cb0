import { reopenYearInputSchema, signoffInputSchema } from '@hgcs/domain';
import { attempt, invalid } from '#lib/server/action.ts';
import { requirePermission } from '#lib/server/guard.ts';
import type { Actions, PageServerLoad } from './$types';

/** Every year of the plan with its progress, item counts and sign-off. */
export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'plan.signoff', 'Chỉ Chủ tịch UBND xã mới ký duyệt được kết quả năm.');
  return { years: await locals.api.progress.years.query() };
};

export const actions: Actions = {
  sign: async ({ request, locals }) => {
    const parsed = signoffInputSchema.safeParse({ year: Number((await request.formData()).get('year')) });
    if (!parsed.success) return invalid('sign', parsed.error.issues);
    const result = await attempt('sign', () => locals.api.progress.signYear.mutate(parsed.data));
    return 'ok' in result ? { ...result, year: parsed.data.year } : result;
  },
  reopen: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = reopenYearInputSchema.safeParse({ year: Number(form.get('year')), reason: form.get('reason') });
    if (!parsed.success) return invalid(`reopen-${String(form.get('year'))}`, parsed.error.issues);
    const result = await attempt(`reopen-${parsed.data.year}`, () => locals.api.progress.reopenYear.mutate(parsed.data));
    return 'ok' in result ? { ...result, year: parsed.data.year } : result;
  },
};
