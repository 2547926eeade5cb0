import { planYears, workItemListInputSchema } from '@hgcs/domain';
import { requirePermission } from '#lib/server/guard.ts';
import { pickYear } from '#lib/year.ts';
import { say } from '#lib/server/say.ts';
import type { PageServerLoad } from './$types';

const views = ['mine', 'overdue', 'due_soon', 'all'] as const;

/**
 * The work items of a tab (mine = my agency leads them, overdue, due soon, all) and a year; overdue and due soon
 * look at every year by default. "Mine" opens first for staff who can update items, "all" for everyone else.
 */
export const load: PageServerLoad = async ({ locals, url, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'plan.read', say(locals, 'denied.plan'));
  const asked = url.searchParams.get('view');
  const view =
    views.find((v) => v === asked) ?? (me.agencyCode && me.permissions.includes('plan.update') ? 'mine' : 'all');
  const plan = await locals.api.plan.get.query();
  const yearParam = url.searchParams.get('year') ?? (view === 'overdue' || view === 'due_soon' ? 'all' : null);
  const year = pickYear(yearParam, plan.startYear, plan.endYear, me.today);
  const input = workItemListInputSchema.parse({ view, ...(year === null ? {} : { year }) });
  const items = await locals.api.workItem.list.query(input);
  return {
    view,
    year,
    years: planYears(plan),
    explicitYear: url.searchParams.get('year'),
    items: items.map((i) => ({
      id: i.id,
      year: i.year,
      partKey: i.partKey,
      dueDate: i.dueDate,
      status: i.status,
      progress: i.progress,
      evidenceCount: i.evidenceCount,
      task: { code: i.task.code, content: i.task.content },
    })),
  };
};
