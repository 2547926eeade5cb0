/**
 * "Ký duyệt kết quả theo năm": every year of the plan with its progress, item counts, sign-off and the chairman's
 * record (the report's sections III–V and the year plan's issuing date). Signing is two steps that work without
 * JavaScript: "Xem lại và ký duyệt" opens `?confirm=<year>`, which lists the year's unfinished items per lead agency;
 * only the form on that page (with `confirmed=yes`) signs. A sign request without it is sent to that page.
 */
import { reopenYearInputSchema, signoffInputSchema, yearRecordInputSchema } from '@hgcs/domain';
import { redirect } from '@sveltejs/kit';
import { attempt, invalid, textOrNull } from '#lib/server/action.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { say } from '#lib/server/say.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'plan.signoff', say(locals, 'denied.signoff'));
  const [years, records] = await Promise.all([
    locals.api.progress.years.query(),
    locals.api.progress.yearRecords.query(),
  ]);
  const asked = signoffInputSchema.safeParse({ year: Number(url.searchParams.get('confirm')) });
  const open = (year: number) => years.some((y) => y.year === year && y.canSign);
  const confirmYear = asked.success && open(asked.data.year) ? asked.data.year : null;
  return {
    years: years.map((y) => ({ ...y, record: records.find((r) => r.year === y.year) ?? null })),
    confirm: confirmYear === null ? null : await locals.api.progress.unfinished.query({ year: confirmYear }),
  };
};

export const actions: Actions = {
  sign: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = signoffInputSchema.safeParse({ year: Number(form.get('year')) });
    if (!parsed.success) return invalid('sign', locals.lang, parsed.error);
    if (form.get('confirmed') !== 'yes') redirect(303, `/signoff?confirm=${parsed.data.year}`);
    const result = await attempt('sign', locals.lang, () => locals.api.progress.signYear.mutate(parsed.data));
    return 'ok' in result ? { ...result, year: parsed.data.year } : result;
  },
  reopen: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = reopenYearInputSchema.safeParse({ year: Number(form.get('year')), reason: form.get('reason') });
    if (!parsed.success) return invalid(`reopen-${String(form.get('year'))}`, locals.lang, parsed.error);
    const result = await attempt(`reopen-${parsed.data.year}`, locals.lang, () =>
      locals.api.progress.reopenYear.mutate(parsed.data),
    );
    return 'ok' in result ? { ...result, year: parsed.data.year } : result;
  },
  record: async ({ request, locals }) => {
    const form = await request.formData();
    const name = `record-${String(form.get('year'))}`;
    const parsed = yearRecordInputSchema.safeParse({
      year: Number(form.get('year')),
      planIssuedOn: textOrNull(form.get('planIssuedOn')),
      difficulties: textOrNull(form.get('difficulties')),
      nextSteps: textOrNull(form.get('nextSteps')),
      proposals: textOrNull(form.get('proposals')),
    });
    if (!parsed.success) return invalid(name, locals.lang, parsed.error);
    const result = await attempt(name, locals.lang, () => locals.api.progress.saveYearRecord.mutate(parsed.data));
    return 'ok' in result ? { ...result, year: parsed.data.year } : result;
  },
};
