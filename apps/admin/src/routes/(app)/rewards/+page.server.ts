/**
 * "Khen thưởng" (issue 13, point 5): the reward proposals whose period ends in a year, with their route and status,
 * all or those of one status (`?status=`).
 */
import { errorText } from '@hgcs/i18n';
import { requirePermission } from '#lib/server/guard.ts';
import { pickYear } from '#lib/year.ts';
import type { PageServerLoad } from './$types';

const rewardStatuses = ['proposed', 'decided', 'withdrawn'] as const;

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'reward.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const year = pickYear(url.searchParams.get('year'), 2024, 2030, me.today) ?? 2024;
  const status = rewardStatuses.find((s) => s === url.searchParams.get('status')) ?? null;
  const all = await locals.api.reward.list.query({ year });
  return {
    year,
    years: [2024, 2025, 2026, 2027, 2028, 2029, 2030],
    status,
    counts: Object.fromEntries(rewardStatuses.map((s) => [s, all.filter((r) => r.status === s).length])),
    list: status ? all.filter((r) => r.status === status) : all,
    canPropose: me.permissions.includes('reward.propose'),
  };
};
