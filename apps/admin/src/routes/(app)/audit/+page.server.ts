import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (!me.permissions.includes('audit.read')) error(403, 'Bạn không có quyền xem nhật ký hệ thống.');
  return { rows: await locals.api.audit.list.query({ limit: 100 }) };
};
