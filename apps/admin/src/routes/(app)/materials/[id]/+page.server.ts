/** One item of the materials library: its values in the form, changed as a whole. */
import { materialUpdateSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { error, fail } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { uploadMaterialFile } from '#lib/server/files.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { materialOf } from '#lib/server/material-form.ts';
import { check, send } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params, url }) => {
  const { me } = await parent();
  requirePermission(me, 'material.manage', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const item = await locals.api.material.get.query({ id: params.id }).catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status === 400 ? 404 : status, message);
  });
  return { item, created: url.searchParams.has('created') };
};

export const actions: Actions = {
  edit: async ({ request, locals, params }) => {
    const { input, values } = materialOf(await request.formData());
    const checked = check('update', locals.lang, materialUpdateSchema, { ...input, id: params.id }, values);
    if (!checked.ok) return checked.failure;
    const sent = await send('update', locals.lang, values, () => locals.api.material.update.mutate(checked.data));
    return sent.ok ? { ok: true } : sent.failure;
  },
  /** Uploads (or replaces) the item's file: PDF, DOCX, image or MP4/WebM video, 10 MB at most, checked by the API. */
  upload: async ({ request, locals, params }) => {
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0)
      return fail(400, { form: 'upload', message: null, fileError: errorText(locals.lang, 'INPUT.INVALID') });
    const sent = await uploadMaterialFile(locals.token ?? '', params.id, file, locals.lang);
    if (sent.ok) return { form: 'upload', uploaded: true };
    return fail(sent.status, {
      form: 'upload',
      message: null,
      fileError: sent.fields.file ?? sent.message ?? errorText(locals.lang, 'INPUT.INVALID'),
    });
  },
};
