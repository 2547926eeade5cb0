/**
 * "Tiếp nhận vụ việc": the intake form (Law 35/2013 Art. 16). The form carries its own key, made when the page is
 * loaded, so sending it twice (a double tap, a retry on a weak connection) opens one case.
 */
import { randomUUID } from 'node:crypto';
import { caseIntakeSchema } from '@hgcs/domain';
import { error, redirect } from '@sveltejs/kit';
import { orNull, valuesOf } from '#lib/server/registry-form.ts';
import { submit } from '#lib/server/case-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (!me.permissions.includes('case.record')) error(403, 'Bạn không có quyền tiếp nhận vụ việc.');
  const teams = await locals.api.team.list.query({ limit: 100 });
  return {
    clientKey: randomUUID(),
    teams: teams.items.filter((t) => t.status === 'active').map((t) => ({ value: t.id, label: t.name })),
  };
};

const party = (v: Record<string, string>, i: number, role: 'requester' | 'other') => ({
  fullName: v[`p${i}Name`] ?? '',
  address: v[`p${i}Address`] ?? '',
  phone: orNull(v[`p${i}Phone`]),
  role,
});

export const actions: Actions = {
  intake: async ({ request, locals }) => {
    const v = valuesOf(await request.formData());
    const parties = [party(v, 0, 'requester'), ...(v.p1Name || v.p1Address ? [party(v, 1, 'other')] : [])];
    const input = {
      clientKey: v.clientKey ?? '',
      teamId: v.teamId ?? '',
      channel: v.channel ?? '',
      referringBody: orNull(v.referringBody),
      receivedOn: v.receivedOn ?? '',
      disputeKind: v.disputeKind ?? '',
      summary: v.summary ?? '',
      parties,
      privacyNoticeGiven: v.privacyNoticeGiven === 'on',
    };
    const answer = await submit('intake', locals.lang, caseIntakeSchema, input, v, (data) =>
      locals.api.case.intake.mutate(data),
    );
    if ('ok' in answer) redirect(303, `/cases/${answer.result.id}`);
    return answer;
  },
};
