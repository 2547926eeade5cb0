/**
 * A team's elections (Law 35/2013 Art. 8, 14): its village's mediator elections with the domain's outcome and the
 * recognition deadline, the chairman's recognition, the decisions to download; the team-leader elections; the
 * termination decisions. Recording is for those who keep the registry; recognising for the chairman.
 */
import { electionRecordInputSchema, leaderElectionInputSchema, recognitionInputSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { candidatesOf, onRows } from '#lib/server/election-form.ts';
import { check, intOrNull, orNull, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

const residentsOf = async (locals: App.Locals, villageId: string) =>
  (await locals.api.mediator.search.query({ villageId, limit: 100 })).items.map((m) => m.id);

export const load: PageServerLoad = async ({ locals, parent, params, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('election.read')) error(403, errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const team = await locals.api.team.get.query({ id: params.id }).catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status === 400 ? 404 : status, message);
  });
  const canRecord = me.permissions.includes('election.record');
  // Newest first, 20 a page; `?after=<election id>` opens the next (older) page.
  const after = url.searchParams.get('after');
  const page = after && /^[0-9a-f-]{36}$/.test(after) ? { after } : {};
  const [elections, leaderElections, terminations, residents] = await Promise.all([
    locals.api.election.list.query({ teamId: team.id, limit: 20, ...page }),
    locals.api.election.leaderList.query({ teamId: team.id }),
    locals.api.termination.list.query({ teamId: team.id }),
    canRecord ? locals.api.mediator.search.query({ villageId: team.villageId, limit: 100 }) : { items: [] },
  ]);
  return {
    team,
    elections: elections.items,
    nextElections: elections.next,
    isFirstPage: !after,
    leaderElections,
    terminations,
    residents: residents.items.map((m) => ({ id: m.id, fullName: m.fullName })),
    canRecord,
    canRecognise: me.permissions.includes('election.recognise'),
    canDocument: me.permissions.includes('election.document'),
  };
};

export const actions: Actions = {
  record: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const team = await locals.api.team.get.query({ id: params.id });
    const order = candidatesOf(values, await residentsOf(locals, team.villageId), 'votes');
    const input = {
      teamId: params.id,
      heldOn: values.heldOn ?? '',
      round: values.round || 'regular',
      method: values.method ?? '',
      villageHouseholds: intOrNull(values.villageHouseholds) ?? Number.NaN,
      participatingHouseholds: intOrNull(values.participatingHouseholds) ?? Number.NaN,
      quota: intOrNull(values.quota) ?? Number.NaN,
      countWitnessed: values.countWitnessed === 'yes' ? true : values.countWitnessed === 'no' ? false : null,
      listReceivedOn: orNull(values.listReceivedOn),
      candidates: order.map((c) => ({
        candidateId: c.id,
        nomination: values[`nomination-${c.id}`] === 'self' ? 'self' : 'front_work_committee',
        votesFor: c.votes,
      })),
    };
    const ids = order.map((c) => c.id);
    const checked = check('record', locals.lang, electionRecordInputSchema, input, values);
    if (!checked.ok) return onRows(checked.failure, ids, 'votes');
    const sent = await send('record', locals.lang, values, () => locals.api.election.record.mutate(checked.data));
    return sent.ok ? { form: 'record', ok: true } : onRows(sent.failure, ids, 'votes');
  },
  recognise: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const name = `recognise-${values.electionId}`;
    const input = {
      electionId: values.electionId ?? '',
      decisionNo: values.decisionNo ?? '',
      decisionOn: values.decisionOn ?? '',
    };
    const checked = check(name, locals.lang, recognitionInputSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send(name, locals.lang, values, () => locals.api.election.recognise.mutate(checked.data));
    return sent.ok ? { form: name, ok: true } : sent.failure;
  },
  leader: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const team = await locals.api.team.get.query({ id: params.id });
    const order = candidatesOf(
      values,
      team.members.map((m) => m.mediatorId),
      'lvotes',
    );
    const input = {
      teamId: params.id,
      heldOn: values.heldOn ?? '',
      method: values.method ?? '',
      attendingMembers: intOrNull(values.attendingMembers) ?? Number.NaN,
      proposalReceivedOn: orNull(values.proposalReceivedOn),
      candidates: order.map((c) => ({ mediatorId: c.id, votesFor: c.votes })),
    };
    const ids = order.map((c) => c.id);
    const checked = check('leader', locals.lang, leaderElectionInputSchema, input, values);
    if (!checked.ok) return onRows(checked.failure, ids, 'lvotes');
    const sent = await send('leader', locals.lang, values, () => locals.api.election.leaderRecord.mutate(checked.data));
    return sent.ok ? { form: 'leader', ok: true } : onRows(sent.failure, ids, 'lvotes');
  },
  leaderRecognise: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const name = `lrecognise-${values.electionId}`;
    const input = {
      electionId: values.electionId ?? '',
      decisionNo: values.decisionNo ?? '',
      decisionOn: values.decisionOn ?? '',
    };
    const checked = check(name, locals.lang, recognitionInputSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send(name, locals.lang, values, () => locals.api.election.leaderRecognise.mutate(checked.data));
    return sent.ok ? { form: name, ok: true } : sent.failure;
  },
};
