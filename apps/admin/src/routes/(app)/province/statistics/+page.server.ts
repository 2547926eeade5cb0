/**
 * "Thống kê các xã": for a period of Circular 03/2019 (`?year=&kind=`), each commune of the province with its
 * statistical report's state (not started / prepared / approved) and the roll-up of the approved reports.
 */
import { requirePermission } from '#lib/server/guard.ts';
import { say } from '#lib/server/say.ts';
import type { PageServerLoad } from './$types';

const years = [2024, 2025, 2026, 2027, 2028, 2029, 2030];
const kinds = ['six_month', 'annual_preliminary', 'annual_official'] as const;
type Kind = (typeof kinds)[number];

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'province.read', say(locals, 'denied.provinceStatistics'));
  const asked = Number(url.searchParams.get('year'));
  const lastYear = Math.min(Math.max(Number(me.today.slice(0, 4)) - 1, years[0]!), years.at(-1)!);
  const year = years.includes(asked) ? asked : lastYear;
  const k = url.searchParams.get('kind');
  const kind: Kind = kinds.includes(k as Kind) ? (k as Kind) : 'annual_official';
  return { years, kinds, view: await locals.api.statistics.province.query({ year, kind }) };
};
