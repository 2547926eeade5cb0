import type { PageServerLoad } from './$types';

/** Years × tasks: how many items of each task are done, due or late in each year. */
export const load: PageServerLoad = async ({ locals }) => ({ timeline: await locals.api.progress.timeline.query() });
