/**
 * A new reward proposal (issue 13, point 5): the recipient (a mediator or a team) and the period first — "Xem minh
 * chứng" lists the evidence the product holds for them (successful cases, training attended, contest entries) —
 * then the form of award (each shown with its route: the chairman decides, or the commune proposes upward), the
 * achievements and the evidence ticked. The page's key (`clientKey`) makes a retried proposal return the first.
 */
import { randomUUID } from 'node:crypto';
import { rewardEvidenceQuerySchema, rewardProposeSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { proposalOf } from '#lib/server/contest-form.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'reward.propose', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const choices = await locals.api.reward.choices.query();
  return { ...choices, clientKey: randomUUID(), today: me.today };
};

type Proposal = ReturnType<typeof proposalOf>;
type Evidence = Awaited<ReturnType<App.Locals['api']['reward']['evidence']['query']>>;
/** A refusal that keeps the evidence lists on the page (the ticks stay as typed). */
const keeping = <T extends object>(failure: ActionFailure<T>, evidence: Evidence | null) =>
  fail(failure.status, { ...failure.data, evidence });
/** The evidence for the recipient and period typed, or null when they are not yet a valid query. */
async function evidenceFor(locals: App.Locals, { input }: Proposal) {
  const query = rewardEvidenceQuerySchema.safeParse({
    mediatorId: input.mediatorId,
    teamId: input.teamId,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
  });
  return query.success && query.data.periodFrom <= query.data.periodTo
    ? locals.api.reward.evidence.query(query.data)
    : null;
}

export const actions: Actions = {
  evidence: async ({ request, locals }) => {
    const proposal = proposalOf(await request.formData());
    const { input, values } = proposal;
    const query = { mediatorId: input.mediatorId, teamId: input.teamId, periodFrom: input.periodFrom };
    const checked = check(
      'propose',
      locals.lang,
      rewardEvidenceQuerySchema,
      { ...query, periodTo: input.periodTo },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send('propose', locals.lang, values, () => evidenceFor(locals, proposal));
    if (!sent.ok) return sent.failure;
    return { form: 'evidence', values, evidence: sent.result };
  },
  propose: async ({ request, locals }) => {
    const proposal = proposalOf(await request.formData());
    const { input, values } = proposal;
    const evidence = await evidenceFor(locals, proposal).catch(() => null);
    const checked = check('propose', locals.lang, rewardProposeSchema, input, values);
    if (!checked.ok) return keeping(checked.failure, evidence);
    const sent = await send('propose', locals.lang, values, () => locals.api.reward.propose.mutate(checked.data));
    if (!sent.ok) return keeping(sent.failure, evidence);
    redirect(303, `/rewards/${sent.result.id}?created`);
  },
};
