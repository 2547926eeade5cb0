/** "Vụ việc": the scope's case queue (open or all, the commune's or one team's), keyset pages by `?after=<case id>`. */
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

const uuid = /^[0-9a-f-]{36}$/;

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('case.read')) error(403, 'Bạn không có quyền xem vụ việc hòa giải.');
  const after = url.searchParams.get('after');
  const team = url.searchParams.get('team');
  const filter = url.searchParams.get('filter') === 'all' ? 'all' : 'open';
  const [page, teams] = await Promise.all([
    locals.api.case.list.query({
      filter,
      ...(after && uuid.test(after) ? { after } : {}),
      ...(team && uuid.test(team) ? { teamId: team } : {}),
    }),
    locals.api.team.list.query({ limit: 100 }),
  ]);
  return {
    page,
    filter,
    team: team ?? '',
    teams: teams.items.map((t) => ({ value: t.id, label: t.name })),
    canRecord: me.permissions.includes('case.record'),
    canClaim: me.permissions.includes('case.claim'),
    canRequests: me.permissions.includes('case.requests_read'),
    canAccident: me.permissions.includes('case.accident_read'),
    isFirst: !after,
  };
};
