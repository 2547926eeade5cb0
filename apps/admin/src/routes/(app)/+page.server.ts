import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  const [commune, plan, reminders] = await Promise.all([
    locals.api.commune.get.query(), locals.api.plan.get.query(),
    me.permissions.includes('plan.read') ? locals.api.workItem.reminders.query() : Promise.resolve([]),
  ]);
  return {
    commune: { name: commune.name, villages: commune.villages.length, agencies: commune.agencies.length },
    plan: { title: plan.title, startYear: plan.startYear, endYear: plan.endYear, groups: plan.groups.length, tasks: plan.groups.reduce((n, g) => n + g.tasks.length, 0) },
    reminders: reminders.map((r) => ({ id: r.id, kind: r.kind, days: r.days, dueDate: r.item.dueDate, status: r.item.status, year: r.item.year, taskCode: r.item.task.code, content: r.item.task.content })),
  };
};
