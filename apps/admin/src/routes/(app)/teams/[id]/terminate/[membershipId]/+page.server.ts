/**
 * Ending a mediator's service (Law 35/2013 Art. 11): what it does to the team's composition is shown first (the
 * warnings of the domain's check), then the chairman confirms with the ground, the proposal and the decision; the
 * decision is downloaded as DOCX. Nothing changes until confirmed.
 */
import { terminationConfirmSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { check, orNull, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params }) => {
  const { me } = await parent();
  if (!me.permissions.includes('election.document')) error(403, errorText(locals.lang, 'AUTH.FORBIDDEN'));
  // Once confirmed the membership is closed: the page then shows the decision (the action's answer), not a preview.
  const preview = await locals.api.termination.preview
    .query({ membershipId: params.membershipId })
    .catch((e: unknown) => {
      const { status, message, code } = apiError(e, locals.lang);
      return code === 'REGISTRY.NOT_ACTIVE_MEMBER' ? null : error(status === 400 ? 404 : status, message);
    });
  if (preview && preview.teamId !== params.id) error(404, errorText(locals.lang, 'RESOURCE.NOT_FOUND'));
  return {
    preview,
    teamId: params.id,
    ended: preview ? null : errorText(locals.lang, 'REGISTRY.NOT_ACTIVE_MEMBER', { field: 'membershipId' }),
    canConfirm: me.permissions.includes('election.recognise'),
  };
};

export const actions: Actions = {
  confirm: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const input = {
      membershipId: params.membershipId,
      ground: values.ground ?? '',
      lostStandard: values.ground === 'lost_standard' ? orNull(values.lostStandard) : null,
      details: orNull(values.details),
      proposedOn: values.proposedOn ?? '',
      decisionNo: values.decisionNo ?? '',
      decisionOn: values.decisionOn ?? '',
    };
    const checked = check('confirm', locals.lang, terminationConfirmSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('confirm', locals.lang, values, () => locals.api.termination.confirm.mutate(checked.data));
    return sent.ok ? { form: 'confirm', ok: true, done: sent.result } : sent.failure;
  },
};
