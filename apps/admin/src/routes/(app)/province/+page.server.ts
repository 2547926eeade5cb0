/** "Các xã trong tỉnh": every commune of the province side by side — the year's progress, overdue, due soon, year reports. */
import { requirePermission } from '#lib/server/guard.ts';
import { say } from '#lib/server/say.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'province.read', say(locals, 'denied.provinceCommunes'));
  const asked = Number(url.searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2025 && asked <= 2030 ? asked : undefined;
  return { view: await locals.api.province.communes.query({ year }) };
};
