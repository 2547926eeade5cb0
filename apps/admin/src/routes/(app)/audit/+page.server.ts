import { error } from '@sveltejs/kit';
import { say } from '#lib/server/say.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (!me.permissions.includes('audit.read')) error(403, say(locals, 'denied.audit'));
  return { rows: await locals.api.audit.list.query({ limit: 100 }) };
};
