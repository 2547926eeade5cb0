/**
 * "Tập huấn": the training events of a year, and the commune's active mediators never trained this phase
 * (Decision 315/QĐ-TTg, 2024–2030) with their count — both as the API answers them.
 */
import { errorText } from '@hgcs/i18n';
import { requirePermission } from '#lib/server/guard.ts';
import { pickYear } from '#lib/year.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'training.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const year = pickYear(url.searchParams.get('year'), 2024, 2030, me.today) ?? 2024;
  const list = await locals.api.training.list.query({ year });
  return {
    list,
    years: [2024, 2025, 2026, 2027, 2028, 2029, 2030],
    canManage: me.permissions.includes('training.manage'),
    canAssess: me.permissions.includes('capacity.read'),
  };
};
