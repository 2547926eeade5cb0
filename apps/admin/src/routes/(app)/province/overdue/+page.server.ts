/** "Việc quá hạn theo xã": overdue items of every commune of the province, by commune then lead agency. */
import { requirePermission } from '#lib/server/guard.ts';
import { say } from '#lib/server/say.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'province.read', say(locals, 'denied.provinceOverdue'));
  return { communes: await locals.api.province.overdue.query() };
};
