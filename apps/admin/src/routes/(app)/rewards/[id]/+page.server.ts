/**
 * One reward proposal: recipient, period, achievements, the evidence drawn from cases, training and contests, the
 * route (the chairman decides, or proposes upward), the draft decision as DOCX; the chairman records the decision,
 * the proposers may withdraw it with a reason.
 */
import { rewardDecideSchema, rewardWithdrawSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params, url }) => {
  const { me } = await parent();
  requirePermission(me, 'reward.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const reward = await locals.api.reward.get.query({ id: params.id }).catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status === 400 ? 404 : status, message);
  });
  return {
    reward,
    canDecide: me.permissions.includes('reward.decide'),
    canWithdraw: me.permissions.includes('reward.propose'),
    today: me.today,
    created: url.searchParams.has('created'),
  };
};

export const actions: Actions = {
  decide: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const input = { id: params.id, decisionNo: values.decisionNo ?? '', decidedOn: values.decidedOn ?? '' };
    const checked = check('decide', locals.lang, rewardDecideSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('decide', locals.lang, values, () => locals.api.reward.decide.mutate(checked.data));
    return sent.ok ? { form: 'decide', ok: true } : sent.failure;
  },
  withdraw: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const input = { id: params.id, reason: values.reason ?? '' };
    const checked = check('withdraw', locals.lang, rewardWithdrawSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('withdraw', locals.lang, values, () => locals.api.reward.withdraw.mutate(checked.data));
    return sent.ok ? { form: 'withdraw', ok: true } : sent.failure;
  },
};
