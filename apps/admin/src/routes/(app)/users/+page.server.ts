/** "Người dùng": the commune's accounts for its administrator — disable/enable, unlock, reset the authenticator, sign out everywhere. */
import { inviteUserInputSchema, userIdInputSchema } from '@hgcs/domain';
import { error, fail } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { refusal, refused } from '#lib/server/action.ts';
import { say } from '#lib/server/say.ts';
import { check, orNull, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (!me.permissions.includes('user.manage')) error(403, say(locals, 'denied.users'));
  const [users, commune, teams] = await Promise.all([
    locals.api.user.accounts.query(),
    locals.api.commune.get.query(),
    locals.api.team.list.query({ limit: 100 }),
  ]);
  return {
    users,
    agencies: commune.agencies.map((a) => ({ value: a.code, label: a.name })),
    villages: commune.villages.map((v) => ({ value: v.id, label: v.name })),
    teams: teams.items.map((t) => ({ value: t.id, label: t.name })),
  };
};

const actionNames = ['disable', 'enable', 'unlock', 'resetSecondFactor', 'endSessions'] as const;

const manage: Actions = Object.fromEntries(
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

export const actions: Actions = {
  ...manage,
  /** Creates an account; its one-time setup password is shown once, in this answer only. */
  invite: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      'invite',
      locals.lang,
      inviteUserInputSchema,
      {
        username: values.username ?? '',
        displayName: values.displayName ?? '',
        role: values.role ?? '',
        agencyCode: orNull(values.agencyCode),
        villageId: orNull(values.villageId),
        teamId: orNull(values.teamId),
      },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('invite', locals.lang, values, () => locals.api.user.invite.mutate(checked.data));
    return sent.ok
      ? { form: 'invite', username: sent.result.username, setupPassword: sent.result.setupPassword }
      : sent.failure;
  },
  resetPassword: async ({ request, locals }) => {
    const parsed = userIdInputSchema.safeParse({ userId: (await request.formData()).get('userId') });
    if (!parsed.success) return fail(400, { userId: '', ...refusal(locals.lang, parsed.error) });
    try {
      const { setupPassword } = await locals.api.user.resetPassword.mutate(parsed.data);
      return { userId: parsed.data.userId, done: 'resetPassword', setupPassword };
    } catch (e) {
      return fail(apiError(e, locals.lang).status, { userId: parsed.data.userId, ...refused(locals.lang, e) });
    }
  },
};
