/**
 * "Báo cáo thống kê": the commune's statistical report on grassroots mediation for a period of Circular 03/2019
 * (`?year=&kind=`, the last full year's official annual report by default) — its state, its figures, the rules it
 * breaks; the justice officer or the office prepares it from the records, the chairman approves it (which locks it)
 * or reopens it with a reason. Refusals are shown beside their form.
 */
import { reopenStatisticalReportInputSchema, statisticalPeriodInputSchema } from '@hgcs/domain';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import { say } from '#lib/server/say.ts';
import type { Actions, PageServerLoad } from './$types';

const years = [2024, 2025, 2026, 2027, 2028, 2029, 2030];
const kinds = ['six_month', 'annual_preliminary', 'annual_official'] as const;
type Kind = (typeof kinds)[number];

function periodOf(url: URL, today: string) {
  const asked = Number(url.searchParams.get('year'));
  const lastYear = Math.min(Math.max(Number(today.slice(0, 4)) - 1, years[0]!), years.at(-1)!);
  const year = years.includes(asked) ? asked : lastYear;
  const k = url.searchParams.get('kind');
  const kind: Kind = kinds.includes(k as Kind) ? (k as Kind) : 'annual_official';
  return { year, kind };
}

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'statistics.read', say(locals, 'denied.statistics'));
  const period = periodOf(url, me.today);
  return {
    years,
    kinds,
    report: await locals.api.statistics.report.query(period),
    canPrepare: me.permissions.includes('statistics.prepare'),
    canApprove: me.permissions.includes('statistics.approve'),
  };
};

const periodValues = (values: Record<string, string>) => ({ year: Number(values.year), kind: values.kind ?? '' });

export const actions: Actions = {
  prepare: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check('prepare', locals.lang, statisticalPeriodInputSchema, periodValues(values), values);
    if (!checked.ok) return checked.failure;
    const sent = await send('prepare', locals.lang, values, () => locals.api.statistics.prepare.mutate(checked.data));
    return sent.ok ? { form: 'prepare', ok: true } : sent.failure;
  },
  approve: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check('approve', locals.lang, statisticalPeriodInputSchema, periodValues(values), values);
    if (!checked.ok) return checked.failure;
    const sent = await send('approve', locals.lang, values, () => locals.api.statistics.approve.mutate(checked.data));
    return sent.ok ? { form: 'approve', ok: true } : sent.failure;
  },
  reopen: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const input = { ...periodValues(values), reason: values.reason ?? '' };
    const checked = check('reopen', locals.lang, reopenStatisticalReportInputSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('reopen', locals.lang, values, () => locals.api.statistics.reopen.mutate(checked.data));
    return sent.ok ? { form: 'reopen', ok: true } : sent.failure;
  },
};
