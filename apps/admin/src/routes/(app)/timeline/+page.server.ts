import { requirePermission } from '#lib/server/guard.ts';
import { say } from '#lib/server/say.ts';
import type { PageServerLoad } from './$types';

/** Years × tasks: how many items of each task are done, due or late in each year. */
export const load: PageServerLoad = async ({ locals, parent }) => {
  requirePermission((await parent()).me, 'plan.read', say(locals, 'denied.plan'));
  return { timeline: await locals.api.progress.timeline.query() };
};
