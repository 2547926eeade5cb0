/** "Việc quá hạn theo xã": overdue items of every commune of the province, by commune then lead agency. */
import { requirePermission } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'province.read', 'Chỉ cán bộ Sở Tư pháp mới xem được việc quá hạn của các xã.');
  return { communes: await locals.api.province.overdue.query() };
};
