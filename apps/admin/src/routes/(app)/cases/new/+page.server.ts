/**
 * "Tiếp nhận vụ việc": the intake form (Law 35/2013 Art. 16). The form carries its own key, made when the page is
 * loaded, so sending it twice (a double tap, a retry on a weak connection) opens one case.
 */
import { randomUUID } from 'node:crypto';
import { caseIntakeRequestSchema } from '@hgcs/domain';
import { error, redirect } from '@sveltejs/kit';
import { orNull, valuesOf } from '#lib/server/registry-form.ts';
import { submit } from '#lib/server/case-form.ts';
import type { Actions, PageServerLoad } from './$types';

/** The privacy notice the counter hands out (PDP-04): its version is recorded with every case received. */
const privacyNoticeVersion = 'hgcs-pdp-2026-01';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (!me.permissions.includes('case.record')) error(403, 'Bạn không có quyền tiếp nhận vụ việc.');
  const teams = await locals.api.team.list.query({ limit: 100 });
  return {
    clientKey: randomUUID(),
    privacyNoticeVersion,
    teams: teams.items.filter((t) => t.status === 'active').map((t) => ({ value: t.id, label: t.name })),
  };
};

const party = (v: Record<string, string>, i: number) => ({
  fullName: v[`p${i}Name`] ?? '',
  birthYear: v[`p${i}BirthYear`] ? Number(v[`p${i}BirthYear`]) : null,
  address: v[`p${i}Address`] ?? '',
  phone: orNull(v[`p${i}Phone`]),
});

/** The channel with its referring body (a referral names which body; `other` names it too). */
const intakeOf = (v: Record<string, string>) =>
  v.channel === 'referral'
    ? { channel: 'referral', referringBody: v.referringBody ?? '', referringBodyName: orNull(v.referringBodyName) }
    : { channel: v.channel ?? '' };

export const actions: Actions = {
  intake: async ({ request, locals }) => {
    const v = valuesOf(await request.formData());
    const parties = [party(v, 0), ...(v.p1Name || v.p1Address ? [party(v, 1)] : [])];
    const input = {
      clientKey: v.clientKey ?? '',
      teamId: v.teamId ?? '',
      intake: intakeOf(v),
      requestedOn: v.requestedOn ?? '',
      receivedOn: v.receivedOn ?? '',
      category: v.category ?? '',
      summary: v.summary ?? '',
      parties,
      privacyNoticeVersion,
      privacyNoticeGiven: v.privacyNoticeGiven === 'on',
    };
    const answer = await submit('intake', locals.lang, caseIntakeRequestSchema, input, v, (data) =>
      locals.api.case.intake.mutate(data),
    );
    if ('ok' in answer) redirect(303, `/cases/${answer.result.id}`);
    return answer;
  },
};
