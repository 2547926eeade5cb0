import { planYears } from '@hgcs/domain';
import { requirePermission } from '#lib/server/guard.ts';
import { pickYear } from '#lib/year.ts';
import { say } from '#lib/server/say.ts';
import type { PageServerLoad } from './$types';

/** The plan's content with its progress for one year (default this year) or all years, and the signed-off years. */
export const load: PageServerLoad = async ({ locals, url, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'plan.read', say(locals, 'denied.plan'));
  const plan = await locals.api.plan.get.query();
  const year = pickYear(url.searchParams.get('year'), plan.startYear, plan.endYear, me.today);
  const progress = await locals.api.progress.tree.query(year === null ? {} : { year });
  return { plan, year, years: planYears(plan), progress };
};
