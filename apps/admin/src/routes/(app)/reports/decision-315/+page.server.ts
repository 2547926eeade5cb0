/**
 * "Chỉ tiêu Đề án 315": Decision 315/QĐ-TTg's targets of a year (`?year=`, this year within the phase by default) for
 * the commune and each village. A province user picks one of the province's communes (`?commune=`, the first by
 * default).
 */
import { decision315PhaseYears } from '@hgcs/domain';
import { requirePermission } from '#lib/server/guard.ts';
import { say } from '#lib/server/say.ts';
import { pickYear } from '#lib/year.ts';
import type { PageServerLoad } from './$types';

const years = [...decision315PhaseYears];

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'kpi.read', say(locals, 'denied.decision315'));
  const year = pickYear(url.searchParams.get('year'), years[0]!, years.at(-1)!, me.today)!;
  const province = me.permissions.includes('province.read');
  const communes = province ? (await locals.api.province.communes.query({ year })).communes : [];
  const asked = url.searchParams.get('commune');
  const communeCode = province ? (communes.find((c) => c.code === asked) ?? communes[0])?.code : undefined;
  const dashboard =
    province && communeCode === undefined ? null : await locals.api.kpi.dashboard.query({ year, communeCode });
  return {
    years,
    year,
    communes: communes.map((c) => ({ code: c.code, name: c.name })),
    communeCode: communeCode ?? null,
    dashboard,
  };
};
