import { higherPlanDatesInputSchema, recordRequestInputSchema } from '@hgcs/domain';
import { redirect } from '@sveltejs/kit';
import { textOrNull } from '#lib/server/action.ts';
import { attemptCreate } from '#lib/server/create-item.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { defaultYear, yearsOf } from '#lib/year.ts';
import type { Actions, PageServerLoad } from './$types';

/** The tasks the user's agency leads that wait for a request (4a) or a higher plan's dates (7b, 8a interim review). */
export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'plan.update', 'Chỉ cán bộ của cơ quan chủ trì mới ghi nhận được yêu cầu.');
  const plan = await locals.api.plan.get.query();
  const mine = plan.groups.flatMap((g) => g.tasks).filter((task) => task.leadAgency.code === me.agencyCode);
  const onDemand = mine.filter((task) => task.timing.kind === 'on_demand').map((task) => ({ value: task.code, code: task.code, content: task.content, timingText: task.timingText }));
  const higher = mine.flatMap((task) => {
    if (task.timing.kind === 'higher_plan') return [{ value: task.code, code: task.code, content: task.content, timingText: task.timingText }];
    if (task.timing.kind !== 'composite') return [];
    return task.timing.parts.filter((p) => p.timing.kind === 'higher_plan').map((p) => ({ value: `${task.code}:${p.key}`, code: task.code, content: `${p.label} — ${task.content}`, timingText: task.timingText }));
  });
  return {
    onDemand, higher, years: yearsOf(plan.startYear, plan.endYear), thisYear: defaultYear(plan.startYear, plan.endYear),
    keys: { request: crypto.randomUUID(), higher: crypto.randomUUID() },
  };
};

export const actions: Actions = {
  request: async ({ request, locals }) => {
    const form = await request.formData();
    const parsed = recordRequestInputSchema.safeParse({
      taskCode: form.get('taskCode'), requestedBy: form.get('requestedBy'), requestedOn: form.get('requestedOn'), reason: form.get('reason'),
      dueDate: form.get('dueDate'), clientKey: form.get('clientKey'),
    });
    const created = await attemptCreate('request', parsed, (input) => locals.api.workItem.recordRequest.mutate(input));
    if ('id' in created) redirect(303, `/work/${created.id}`);
    return created;
  },
  higher: async ({ request, locals }) => {
    const form = await request.formData();
    const [taskCode, partKey] = String(form.get('task') ?? '').split(':');
    const parsed = higherPlanDatesInputSchema.safeParse({
      taskCode, partKey: partKey ?? null, year: Number(form.get('year')), dueDate: form.get('dueDate'), note: textOrNull(form.get('note')), clientKey: form.get('clientKey'),
    });
    const created = await attemptCreate('higher', parsed, (input) => locals.api.workItem.scheduleHigherPlan.mutate(input));
    if ('id' in created) redirect(303, `/work/${created.id}`);
    return created;
  },
};
