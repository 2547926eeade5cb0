/**
 * "Kinh phí": the commune's budget for the plan, one year at a time (`?year=`, the API's year by default): planned
 * against spent and the execution rate per funding source, spending category and plan task; the budget officer adds
 * a line (its cap under Circular 56/2023/TT-BTC checked by the domain, the refusal beside its field) or deletes one.
 * Amounts may be typed with thousands separators ("1.500.000").
 */
import { budgetLineIdSchema, budgetLineSchema } from '@hgcs/domain';
import { error } from '@sveltejs/kit';
import { check, intOrNull, orNull, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

const years = [2024, 2025, 2026, 2027, 2028, 2029, 2030];

/** An amount in đồng as typed: digits with optional "." "," or spaces between thousands. */
const vndOrNull = (v: string | undefined) => intOrNull(v?.replace(/[.,\s]/g, ''));

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('budget.read')) error(403, 'Bạn không có quyền xem kinh phí.');
  const asked = Number(url.searchParams.get('year'));
  const current = Number(me.today.slice(0, 4));
  const year = years.includes(asked) ? asked : Math.min(Math.max(current, years[0]!), years.at(-1)!);
  const budget = await locals.api.budget.year.query({ year });
  return {
    budget,
    years,
    today: me.today,
    canManage: me.permissions.includes('budget.manage'),
    clientKey: crypto.randomUUID(),
    tasks: budget.tasks,
  };
};

export const actions: Actions = {
  add: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      'add',
      locals.lang,
      budgetLineSchema,
      {
        clientKey: values.clientKey ?? '',
        year: intOrNull(values.year),
        kind: values.kind ?? '',
        source: values.source ?? '',
        category: values.category ?? '',
        norm: orNull(values.norm),
        unitAmountVnd: vndOrNull(values.unitAmountVnd),
        quantity: intOrNull(values.quantity) ?? 1,
        on: orNull(values.on),
        planTaskId: orNull(values.planTaskId),
        description: values.description ?? '',
      },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('add', locals.lang, values, () => locals.api.budget.addLine.mutate(checked.data));
    return sent.ok ? { form: 'add', ok: true } : sent.failure;
  },
  remove: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check('remove', locals.lang, budgetLineIdSchema, { id: values.id ?? '' }, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('remove', locals.lang, values, () => locals.api.budget.removeLine.mutate(checked.data));
    return sent.ok ? { form: 'remove', ok: true } : sent.failure;
  },
};
