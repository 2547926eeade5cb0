/**
 * One training event: its facts and trainers, changing it, and its attendance — a grid of the commune's active
 * mediators by the event's days, the hours learned in each box (an empty box: absent). Saving the grid replaces the
 * event's attendance as a whole; a refused line is shown beside its box and nothing is saved.
 */
import { randomUUID } from 'node:crypto';
import { addDays, attendanceRecordSchema, certificateIssueSchema, trainingEventUpdateSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import { attendanceOf, eventOf, onBoxes } from '#lib/server/training-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params, url }) => {
  const { me } = await parent();
  requirePermission(me, 'training.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const event = await locals.api.training.get.query({ id: params.id }).catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status === 400 ? 404 : status, message);
  });
  const canManage = me.permissions.includes('training.manage');
  const choices = canManage
    ? await locals.api.training.choices.query()
    : { mediators: [], legalSupporters: [], workItems: [] };
  const days: string[] = [];
  for (let d = event.startsOn; d <= event.endsOn; d = addDays(d, 1)) days.push(d);
  // Who the grid lists: the active mediators, and anyone recorded who is no longer one (to be cleared).
  const rows = [...choices.mediators.map((m) => ({ id: m.id, fullName: m.fullName, teamName: m.teamName }))];
  for (const a of event.attendance)
    if (!rows.some((r) => r.id === a.mediatorId)) rows.push({ id: a.mediatorId, fullName: a.fullName, teamName: '' });
  const canIssue = me.permissions.includes('certificate.manage');
  return {
    event,
    choices,
    canManage,
    canIssue,
    days,
    rows,
    today: me.today,
    clientKey: randomUUID(),
    created: url.searchParams.has('created'),
  };
};

export const actions: Actions = {
  /** A certificate for one attendee (issue 13, point 6); the page's key makes a double click issue one. */
  certificate: async ({ request, locals, params }) => {
    const values = valuesOf(await request.formData());
    const input = {
      kind: 'training',
      eventId: params.id,
      mediatorId: values.mediatorId ?? '',
      issuedOn: values.issuedOn ?? '',
      clientKey: values.clientKey ?? '',
    };
    const checked = check('certificate', locals.lang, certificateIssueSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('certificate', locals.lang, values, () =>
      locals.api.certificate.issue.mutate(checked.data),
    );
    return sent.ok ? { form: 'certificate', ok: true, verifyPath: sent.result.verifyPath } : sent.failure;
  },
  update: async ({ request, locals, params }) => {
    const { input, values } = eventOf(await request.formData());
    const checked = check('update', locals.lang, trainingEventUpdateSchema, { ...input, id: params.id }, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('update', locals.lang, values, () => locals.api.training.update.mutate(checked.data));
    return sent.ok ? { form: 'update', ok: true } : sent.failure;
  },
  attendance: async ({ request, locals, params }) => {
    const { lines, boxes, values } = attendanceOf(await request.formData());
    const input = { eventId: params.id, attendees: lines };
    const checked = check('attendance', locals.lang, attendanceRecordSchema, input, values);
    if (!checked.ok) return onBoxes(checked.failure, boxes);
    const sent = await send('attendance', locals.lang, values, () =>
      locals.api.training.recordAttendance.mutate(checked.data),
    );
    return sent.ok ? { form: 'attendance', ok: true, saved: sent.result } : onBoxes(sent.failure, boxes);
  },
};
