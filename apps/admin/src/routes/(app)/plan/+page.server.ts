import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({ plan: await locals.api.plan.get.query() });
