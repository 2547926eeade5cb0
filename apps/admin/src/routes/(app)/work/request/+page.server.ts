import { higherPlanDatesInputSchema, planYears, recordRequestInputSchema } from '@hgcs/domain';
import { redirect } from '@sveltejs/kit';
import { textOrNull } from '#lib/server/action.ts';
import { attemptCreate } from '#lib/server/create-item.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { defaultYear } from '#lib/year.ts';
import { say } from '#lib/server/say.ts';
import type { Actions, PageServerLoad } from './$types';

/** The tasks the user's agency leads that wait for a request (4a) or a higher plan's dates (7b, 8a interim review). */
export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'plan.update', say(locals, 'denied.request'));
  const [plan, awaiting] = await Promise.all([locals.api.plan.get.query(), locals.api.workItem.awaitingDates.query()]);
  const option = (a: (typeof awaiting)[number]) => ({
    value: a.partKey ? `${a.taskCode}:${a.partKey}` : a.taskCode,
    code: a.taskCode,
    content: a.partLabel ? `${a.partLabel} — ${a.content}` : a.content,
    timingText: a.timingText,
  });
  const onDemand = awaiting.filter((a) => a.kind === 'request').map(option);
  const higher = awaiting.filter((a) => a.kind === 'higher_plan').map(option);
  return {
    onDemand,
    higher,
    years: planYears(plan),
    thisYear: defaultYear(plan.startYear, plan.endYear, me.today),
    today: me.today,
    keys: { request: crypto.randomUUID(), higher: crypto.randomUUID() },
  };
};

export const actions: Actions = {
  request: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = recordRequestInputSchema.safeParse({
      taskCode: form.get('taskCode'),
      requestedBy: form.get('requestedBy'),
      requestedOn: form.get('requestedOn'),
      reason: form.get('reason'),
      dueDate: form.get('dueDate'),
      clientKey: form.get('clientKey'),
    });
    const created = await attemptCreate('request', locals.lang, parsed, (input) =>
      locals.api.workItem.recordRequest.mutate(input),
    );
    if ('id' in created) redirect(303, `/work/${created.id}`);
    return created;
  },
  higher: async ({ request, locals }) => {
    const form = await request.formData();
    const [taskCode, partKey] = String(form.get('task') ?? '').split(':');
    const parsed = higherPlanDatesInputSchema.safeParse({
      taskCode,
      partKey: partKey ?? null,
      year: Number(form.get('year')),
      dueDate: form.get('dueDate'),
      note: textOrNull(form.get('note')),
      clientKey: form.get('clientKey'),
    });
    const created = await attemptCreate('higher', locals.lang, parsed, (input) =>
      locals.api.workItem.scheduleHigherPlan.mutate(input),
    );
    if ('id' in created) redirect(303, `/work/${created.id}`);
    return created;
  },
};
