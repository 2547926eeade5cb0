/** "Hội thi hòa giải viên giỏi" (issue 13, point 4): the contests of a year with their number of teams. */
import { errorText } from '@hgcs/i18n';
import { requirePermission } from '#lib/server/guard.ts';
import { pickYear } from '#lib/year.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'contest.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const year = pickYear(url.searchParams.get('year'), 2024, 2030, me.today) ?? 2024;
  return {
    year,
    years: [2024, 2025, 2026, 2027, 2028, 2029, 2030],
    list: await locals.api.contest.list.query({ year }),
    canManage: me.permissions.includes('contest.manage'),
  };
};
