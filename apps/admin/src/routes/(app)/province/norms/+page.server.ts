/**
 * "Mức chi của tỉnh": the province's remuneration amounts per case (from a day) and its spending norms (from a year),
 * with the circular's maxima beside them (Circular 56/2023/TT-BTC Art. 3, 5.1). Read by the province's roles; set
 * by those holding `province.norms`. A refusal (an amount above the circular, a bad field) is shown by its field.
 */
import { provinceRemunerationSchema, provinceSpendingNormsSchema, spendingNormIds, spendingNorms } from '@hgcs/domain';
import { attempt, invalid } from '#lib/server/action.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { say } from '#lib/server/say.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'province.read', say(locals, 'denied.provinceNorms'));
  const norms = await locals.api.province.norms.query();
  const items = spendingNormIds.map((id) => {
    const n = spendingNorms[id];
    return {
      id,
      point: n.point,
      label: locals.lang === 'vi' ? n.vi : n.en,
      unit: locals.lang === 'vi' ? n.unitVi : n.unitEn,
      capVnd: n.cap.kind === 'vnd' ? n.cap.amount : null,
      capMonths: n.cap.kind === 'vnd' ? null : n.cap.months,
    };
  });
  return { norms, items, canEdit: me.permissions.includes('province.norms') };
};

const amount = (v: FormDataEntryValue | null) => {
  const text = String(v ?? '').replace(/[.\s]/g, '');
  return text === '' ? null : Number(text);
};

export const actions: Actions = {
  remuneration: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = provinceRemunerationSchema.safeParse({
      resolution: String(form.get('resolution') ?? ''),
      effectiveFrom: String(form.get('effectiveFrom') ?? ''),
      successfulVnd: amount(form.get('successfulVnd')),
      otherVnd: amount(form.get('otherVnd')),
      teamMonthlyVnd: amount(form.get('teamMonthlyVnd')),
    });
    if (!parsed.success) return invalid('remuneration', locals.lang, parsed.error);
    return attempt('remuneration', locals.lang, () => locals.api.province.setRemuneration.mutate(parsed.data));
  },
  spending: async ({ request, locals }) => {
    const form = await request.formData();
    const caps: Record<string, number> = {};
    for (const id of spendingNormIds) {
      const v = amount(form.get(`cap.${id}`));
      if (v !== null) caps[id] = v;
    }
    const parsed = provinceSpendingNormsSchema.safeParse({
      resolution: String(form.get('resolution') ?? ''),
      year: Number(form.get('year') ?? ''),
      caps,
    });
    if (!parsed.success) return invalid('spending', locals.lang, parsed.error);
    return attempt('spending', locals.lang, () => locals.api.province.setSpendingNorms.mutate(parsed.data));
  },
};
