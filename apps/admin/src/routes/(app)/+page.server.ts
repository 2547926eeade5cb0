import { redirect } from '@sveltejs/kit';
import { reviewDone } from '#lib/server/review-done.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The commune's dashboard; a province user lands on the province's communes instead. Each part shows only if the role
 * may read it: the reminders of the user's own agency (staff with an agency), and — for those who oversee the plan
 * (`plan.oversee`: chairman, office, justice officer, administrator) — every agency's overdue and due-soon work.
 */
export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (me.permissions.includes('province.read')) redirect(303, '/province');
  const has = (p: (typeof me.permissions)[number]) => me.permissions.includes(p);
  const [commune, plan, reminders, oversight, teamFigures, reviews] = await Promise.all([
    has('commune.read') ? locals.api.commune.get.query() : Promise.resolve(null),
    has('plan.read') ? locals.api.plan.get.query() : Promise.resolve(null),
    has('plan.read') && me.agencyCode ? locals.api.workItem.reminders.query() : Promise.resolve([]),
    has('plan.oversee') ? locals.api.workItem.oversight.query() : Promise.resolve(null),
    has('team.read') ? locals.api.team.figures.query() : Promise.resolve(null),
    has('team.read') ? locals.api.teamReview.list.query() : Promise.resolve(null),
  ]);
  return {
    commune: commune && { name: commune.name, villages: commune.villages.length, agencies: commune.agencies.length },
    plan: plan && {
      title: plan.title,
      startYear: plan.startYear,
      endYear: plan.endYear,
      groups: plan.groups.length,
      tasks: plan.groups.reduce((n, g) => n + g.tasks.length, 0),
    },
    oversight,
    teamFigures,
    // The yearly review items not yet done (Law 35/2013 Art. 12.3); each leaves the dashboard once marked.
    reviews: reviews && {
      year: reviews.year,
      pending: reviews.items.filter((i) => i.done === null),
      canComplete: has('team.manage'),
    },
    reminders: reminders.map((r) => ({
      id: r.id,
      kind: r.kind,
      days: r.days,
      dueDate: r.item.dueDate,
      status: r.item.status,
      year: r.item.year,
      taskCode: r.item.task.code,
      content: r.item.task.content,
    })),
  };
};

export const actions: Actions = { reviewDone };
