import {
  evidenceLinkInputSchema,
  maxEvidenceBytes,
  workItemCancelInputSchema,
  workItemCommentInputSchema,
  workItemIdInputSchema,
  workItemUpdateInputSchema,
} from '@hgcs/domain';
import { translator } from '@hgcs/i18n';
import { error, fail, redirect } from '@sveltejs/kit';
import { attempt, invalid, textOrNull } from '#lib/server/action.ts';
import { apiError } from '#lib/server/api.ts';
import { uploadEvidence } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { Actions, PageServerLoad } from './$types';

/** One work item with its evidence, comments, history and the caller's rights; agency codes become names. */
export const load: PageServerLoad = async ({ locals, params, parent }) => {
  if (!workItemIdInputSchema.safeParse({ id: params.id }).success) error(404, say(locals, 'notFound.workItem'));
  const { me } = await parent();
  try {
    const [item, commune, trainingEvents] = await Promise.all([
      locals.api.workItem.get.query({ id: params.id }),
      locals.api.commune.get.query(),
      // The training events recorded as this item's evidence (plan tasks 2.1, 3b).
      me.permissions.includes('training.read') ? locals.api.training.forWorkItem.query({ workItemId: params.id }) : [],
    ]);
    const names = Object.fromEntries(commune.agencies.map((a) => [a.code, a.name]));
    return { item, names, trainingEvents };
  } catch (e) {
    const { status, message } = apiError(e, locals.lang);
    error(status, message);
  }
};

const version = (form: FormData) => Number(form.get('version'));

export const actions: Actions = {
  update: async ({ request, locals, params }) => {
    const form = await request.formData();
    const parsed = workItemUpdateInputSchema.safeParse({
      id: params.id,
      version: version(form),
      status: form.get('status'),
      progress: Number(form.get('progress') || 0),
      responsible: textOrNull(form.get('responsible')),
      notes: textOrNull(form.get('notes')),
      dueDate: form.get('dueDate') || undefined,
    });
    if (!parsed.success) return invalid('update', locals.lang, parsed.error);
    return attempt('update', locals.lang, () => locals.api.workItem.update.mutate(parsed.data));
  },
  cancel: async ({ request, locals, params }) => {
    const form = await request.formData();
    const parsed = workItemCancelInputSchema.safeParse({
      id: params.id,
      version: version(form),
      reason: form.get('reason'),
    });
    if (!parsed.success) return invalid('cancel', locals.lang, parsed.error);
    return attempt('cancel', locals.lang, () => locals.api.workItem.cancel.mutate(parsed.data));
  },
  comment: async ({ request, locals, params }) => {
    const parsed = workItemCommentInputSchema.safeParse({
      id: params.id,
      body: (await request.formData()).get('body'),
    });
    if (!parsed.success) return invalid('comment', locals.lang, parsed.error);
    return attempt('comment', locals.lang, () => locals.api.workItem.comment.mutate(parsed.data));
  },
  addLink: async ({ request, locals, params }) => {
    const form = await request.formData();
    const parsed = evidenceLinkInputSchema.safeParse({ id: params.id, label: form.get('label'), url: form.get('url') });
    if (!parsed.success) return invalid('link', locals.lang, parsed.error);
    return attempt('link', locals.lang, () => locals.api.workItem.addLink.mutate(parsed.data));
  },
  /** Forwards the file to the API's upload endpoint (the API checks type by content, size and rights). */
  upload: async ({ request, locals, params }) => {
    const t = translator(locals.lang);
    if (!locals.token) redirect(303, '/sign-in');
    const form = await request.formData();
    const file = form.get('file');
    const label = evidenceLinkInputSchema.shape.label.safeParse(form.get('label'));
    if (!(file instanceof File) || file.size === 0) return invalid('upload', locals.lang, t('evidence.noFile'));
    if (!label.success) return invalid('upload', locals.lang, label.error);
    if (file.size > maxEvidenceBytes)
      return fail(413, { form: 'upload', message: t('evidence.tooLarge'), fields: {}, stale: false });
    const result = await uploadEvidence(locals.token, params.id, file, label.data, locals.lang);
    if (result.ok) return { form: 'upload', ok: true as const };
    if (result.status === 401) redirect(303, '/sign-in');
    return fail(result.status, {
      form: 'upload',
      message: result.message ?? t('evidence.failed', { status: result.status }),
      fields: result.fields,
      stale: false,
    });
  },
};
