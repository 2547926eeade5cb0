import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const [commune, plan] = await Promise.all([locals.api.commune.get.query(), locals.api.plan.get.query()]);
  return {
    commune: { name: commune.name, villages: commune.villages.length, agencies: commune.agencies.length },
    plan: { title: plan.title, startYear: plan.startYear, endYear: plan.endYear, groups: plan.groups.length, tasks: plan.groups.reduce((n, g) => n + g.tasks.length, 0) },
  };
};
