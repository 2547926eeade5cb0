/**
 * One contest: its rules (rubric, rounds, judges, time limit and penalty), its teams, the judges' sheets, the
 * performance times and the ranked results. Those who run it (`contest.manage`) enter teams (the recognised
 * mediators offered; an unrecognised one is refused naming the person), type each judge's sheet and each time, award
 * the prizes (within the caps) and issue a prize's certificate (`certificate.manage`). Each form's refusal shows
 * beside its field and nothing is saved.
 */
import { randomUUID } from 'node:crypto';
import {
  certificateIssueSchema,
  contestEntryInputSchema,
  contestPrizeInputSchema,
  contestScoreInputSchema,
  contestTimingInputSchema,
} from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { entryOf, prizeOf, sheetOf, timingOf } from '#lib/server/contest-form.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params, url }) => {
  const { me } = await parent();
  requirePermission(me, 'contest.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const view = await locals.api.contest.get.query({ id: params.id }).catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status === 400 ? 404 : status, message);
  });
  const canManage = me.permissions.includes('contest.manage');
  const choices = canManage ? await locals.api.contest.choices.query() : { mediators: [], teams: [] };
  return {
    view,
    canManage,
    canIssue: me.permissions.includes('certificate.manage'),
    mediators: choices.mediators,
    today: me.today,
    /** One key per entry: a retried issue returns that entry's certificate, another entry gets its own. */
    certificateKeys: Object.fromEntries(view.entries.map((e) => [e.id, randomUUID()])),
    created: url.searchParams.has('created'),
  };
};

export const actions: Actions = {
  entry: async ({ request, locals, params }) => {
    const { input, values } = entryOf(await request.formData(), params.id);
    const checked = check('entry', locals.lang, contestEntryInputSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('entry', locals.lang, values, () => locals.api.contest.addEntry.mutate(checked.data));
    return sent.ok ? { form: 'entry', ok: true } : sent.failure;
  },
  sheet: async ({ request, locals }) => {
    const data = await request.formData();
    const { input, values } = sheetOf(data, Number(data.get('criteria') ?? 0));
    const checked = check('sheet', locals.lang, contestScoreInputSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('sheet', locals.lang, values, () => locals.api.contest.recordScore.mutate(checked.data));
    return sent.ok ? { form: 'sheet', ok: true } : sent.failure;
  },
  time: async ({ request, locals }) => {
    const { input, values } = timingOf(await request.formData());
    const checked = check('time', locals.lang, contestTimingInputSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('time', locals.lang, values, () => locals.api.contest.recordTime.mutate(checked.data));
    return sent.ok ? { form: 'time', ok: true } : sent.failure;
  },
  prize: async ({ request, locals }) => {
    const { input, values } = prizeOf(await request.formData());
    const checked = check('prize', locals.lang, contestPrizeInputSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('prize', locals.lang, values, () => locals.api.contest.awardPrize.mutate(checked.data));
    return sent.ok ? { form: 'prize', ok: true } : sent.failure;
  },
  /** A prize's certificate (issue 13, point 6); the page's key makes a double click issue one. */
  certificate: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const form = `certificate-${values.entryId ?? ''}`;
    const input = {
      kind: 'contest',
      entryId: values.entryId ?? '',
      issuedOn: values.issuedOn ?? '',
      clientKey: values.clientKey ?? '',
    };
    const checked = check(form, locals.lang, certificateIssueSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send(form, locals.lang, values, () => locals.api.certificate.issue.mutate(checked.data));
    return sent.ok ? { form, ok: true, verifyPath: sent.result.verifyPath } : sent.failure;
  },
};
