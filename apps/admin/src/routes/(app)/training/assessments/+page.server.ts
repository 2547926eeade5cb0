/**
 * The yearly capacity assessment (plan task 3b): the year's results per team and per village (average, who is
 * below the bar), each mediator's scores, and entering one — in the console, or typed in from the paper form with
 * the paper's date. Entering a mediator's assessment again in the same year replaces it.
 */
import { assessmentRecordSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import { pickYear } from '#lib/year.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'capacity.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const year = pickYear(url.searchParams.get('year'), 2024, 2030, me.today) ?? 2024;
  const canRecord = me.permissions.includes('capacity.record');
  const [list, choices] = await Promise.all([
    locals.api.capacityAssessment.list.query({ year }),
    canRecord && me.permissions.includes('training.read') ? locals.api.training.choices.query() : null,
  ]);
  return { list, years: [2024, 2025, 2026, 2027, 2028, 2029, 2030], canRecord, mediators: choices?.mediators ?? [] };
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const scores = Object.fromEntries(
      Object.entries(values)
        .filter(([k, v]) => k.startsWith('scores.') && v !== '')
        .map(([k, v]) => [k.slice(7), /^-?\d+$/.test(v) ? Number(v) : Number.NaN]),
    );
    const input = {
      mediatorId: values.mediatorId ?? '',
      assessedOn: values.assessedOn ?? '',
      fromPaper: values.fromPaper === 'on',
      scores,
    };
    const checked = check('assess', locals.lang, assessmentRecordSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('assess', locals.lang, values, () =>
      locals.api.capacityAssessment.record.mutate(checked.data),
    );
    return sent.ok ? { form: 'assess', ok: true, replaced: sent.result.replaced } : sent.failure;
  },
};
