/** "Người dùng": the commune's accounts for its administrator — disable/enable, unlock, reset the authenticator, sign out everywhere. */
import { userIdInputSchema } from '@hgcs/domain';
import { error, fail } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { refusal, refused } from '#lib/server/action.ts';
import { say } from '#lib/server/say.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (!me.permissions.includes('user.manage')) error(403, say(locals, 'denied.users'));
  return { users: await locals.api.user.list.query() };
};

const actionNames = ['disable', 'enable', 'unlock', 'resetSecondFactor', 'endSessions'] as const;

export const actions: Actions = Object.fromEntries(
  actionNames.map((name) => [
    name,
    async ({ request, locals }: Parameters<Actions[string]>[0]) => {
      const parsed = userIdInputSchema.safeParse({ userId: (await request.formData()).get('userId') });
      if (!parsed.success) return fail(400, { userId: '', ...refusal(locals.lang, parsed.error) });
      try {
        await locals.api.user[name].mutate(parsed.data);
        return { userId: parsed.data.userId, done: name };
      } catch (e) {
        return fail(apiError(e, locals.lang).status, { userId: parsed.data.userId, ...refused(locals.lang, e) });
      }
    },
  ]),
);
