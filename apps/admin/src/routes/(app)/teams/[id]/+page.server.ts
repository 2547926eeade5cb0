/**
 * One team: compliance, members, former members, legal supporters; adding a member (Art. 7 standards), a member
 * leaving (with a warning beside each member whose leaving would break the composition), a member's role, linking
 * supporters; where and when villagers find the team (the kiosk's "find my team"); the way to the team's elections
 * and to ending a member's service (Art. 11).
 */
import {
  joinTeamSchema,
  leaveTeamSchema,
  legalSupportLinkSchema,
  legalSupportUnlinkSchema,
  memberRoleInputSchema,
  teamCompliance,
  teamUpdateSchema,
} from '@hgcs/domain';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { check, orNull, send, valuesOf } from '#lib/server/registry-form.ts';
import { reviewDone } from '#lib/server/review-done.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params }) => {
  const { me } = await parent();
  const team = await locals.api.team.get
    .query({ id: params.id })
    .catch((e: unknown) =>
      error(
        apiError(e, locals.lang).status === 404 || apiError(e, locals.lang).status === 400
          ? 404
          : apiError(e, locals.lang).status,
        apiError(e, locals.lang).message,
      ),
    );
  const canMembers = me.permissions.includes('mediator.manage');
  const canSupport = me.permissions.includes('team.manage');
  const [candidates, supporters, reviews] = await Promise.all([
    canMembers
      ? locals.api.mediator.search.query({ villageId: team.villageId, limit: 100 })
      : Promise.resolve({ items: [] }),
    canSupport ? locals.api.legalSupport.list.query({ limit: 100 }) : Promise.resolve({ items: [] }),
    locals.api.teamReview.list.query({ teamId: team.id }),
  ]);
  const members = team.members.map((m) => ({
    mediatorId: m.mediatorId,
    gender: m.gender ?? 'male',
    ethnicMinority: m.ethnicMinority ?? false,
    role: m.role,
    leftOn: null,
  }));
  const breaksIfLeaves = Object.fromEntries(
    team.members.map((m) => [
      m.id,
      m.gender !== undefined &&
        team.compliance.compliant &&
        !teamCompliance(
          team.villageEthnicMinorityArea,
          members.filter((x) => x.mediatorId !== m.mediatorId),
        ).compliant,
    ]),
  );
  const memberIds = new Set(team.members.map((m) => m.mediatorId));
  const linked = new Set(team.supporters.map((s) => s.id));
  return {
    team,
    // This year's review item (kiện toàn), shown until it is marked done (a dissolved team has none).
    review: { year: reviews.year, items: reviews.items },
    canMembers,
    canSupport,
    canElections: me.permissions.includes('election.read'),
    canLogbook: me.permissions.includes('case.read_personal'),
    canTerminate: me.permissions.includes('election.document'),
    breaksIfLeaves,
    candidates: candidates.items.filter((c) => !memberIds.has(c.id)).map((c) => ({ value: c.id, label: c.fullName })),
    supporterOptions: supporters.items
      .filter((s) => !linked.has(s.id))
      .map((s) => ({ value: s.id, label: s.fullName })),
  };
};

export const actions: Actions = {
  reviewDone,
  /** Where and when villagers find the team (shown on the kiosk and the web portal); empty clears it. */
  meeting: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const input = { id: params.id, meetingPlace: orNull(values.meetingPlace), meetingTime: orNull(values.meetingTime) };
    const checked = check('meeting', locals.lang, teamUpdateSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('meeting', locals.lang, values, () => locals.api.team.update.mutate(checked.data));
    return sent.ok ? { form: 'meeting', ok: true } : sent.failure;
  },
  join: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const input = {
      teamId: params.id,
      mediatorId: values.mediatorId ?? '',
      role: values.role || 'member',
      joinedOn: values.joinedOn ?? '',
      recognitionDecisionNo: orNull(values.recognitionDecisionNo),
      recognitionDecisionOn: orNull(values.recognitionDecisionOn),
      volunteers: values.volunteers === 'on',
      attestations: {
        goodCharacterAndRespected: values.character === 'on',
        ableToPersuade: values.persuade === 'on',
        hasLegalKnowledge: values.legalKnowledge === 'on',
      },
    };
    const checked = check('join', locals.lang, joinTeamSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('join', locals.lang, values, () => locals.api.team.join.mutate(checked.data));
    return sent.ok ? { form: 'join', ok: true } : sent.failure;
  },
  leave: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const name = `leave-${values.membershipId}`;
    const checked = check(
      name,
      locals.lang,
      leaveTeamSchema,
      { membershipId: values.membershipId ?? '', leftOn: values.leftOn ?? '', reason: values.reason ?? '' },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send(name, locals.lang, values, () => locals.api.team.leave.mutate(checked.data));
    return sent.ok ? { form: 'leave', ok: true, compliant: sent.result.compliance.compliant } : sent.failure;
  },
  setRole: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const name = `role-${values.membershipId}`;
    const input = { membershipId: values.membershipId ?? '', role: values.role ?? '' };
    const checked = check(name, locals.lang, memberRoleInputSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send(name, locals.lang, values, () => locals.api.team.setRole.mutate(checked.data));
    return sent.ok ? { form: name, ok: true } : sent.failure;
  },
  link: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      'link',
      locals.lang,
      legalSupportLinkSchema,
      { supporterId: values.supporterId ?? '', teamId: params.id, since: orNull(values.since) },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('link', locals.lang, values, () => locals.api.legalSupport.link.mutate(checked.data));
    return sent.ok ? { form: 'link', ok: true } : sent.failure;
  },
  unlink: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const checked = check(
      'unlink',
      locals.lang,
      legalSupportUnlinkSchema,
      { supporterId: values.supporterId ?? '', teamId: params.id },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('unlink', locals.lang, values, () => locals.api.legalSupport.unlink.mutate(checked.data));
    return sent.ok ? { form: 'unlink', ok: true } : sent.failure;
  },
};
