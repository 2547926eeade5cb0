/** One contest: its rules (rubric, rounds, judges, time limit and penalty), its teams, and the ranked results. */
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { requirePermission } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params }) => {
  const { me } = await parent();
  requirePermission(me, 'contest.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const view = await locals.api.contest.get.query({ id: params.id }).catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status === 400 ? 404 : status, message);
  });
  return { view };
};
