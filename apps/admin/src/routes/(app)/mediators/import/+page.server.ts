/**
 * "Nhập danh sách hòa giải viên từ Excel": upload a list (the API checks it and keeps it, writing nothing), see the
 * preview at `?id=<import id>` — each row's outcome and every row's problem — and confirm it, which writes the valid
 * rows once. The id is the upload's, never a name.
 */
import { registryImportIdSchema } from '@hgcs/domain';
import { errorText, translator } from '@hgcs/i18n';
import { error, fail, redirect } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { uploadMediatorList } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { Actions, PageServerLoad } from './$types';

const maxBytes = 2 * 1024 * 1024;

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('mediator.manage')) error(403, say(locals, 'denied.import'));
  const id = url.searchParams.get('id');
  if (id === null) return { preview: null };
  if (!registryImportIdSchema.safeParse({ id }).success) error(404, say(locals, 'notFound.title'));
  try {
    const preview = await locals.api.registryImport.get.query({ id });
    const issues = preview.issues.map((i) => ({ ...i, text: errorText(locals.lang, i.code, i.params) }));
    return { preview: { ...preview, issues } };
  } catch (e) {
    const { status, message } = apiError(e, locals.lang);
    error(status, message);
  }
};

export const actions: Actions = {
  upload: async ({ request, locals }) => {
    const t = translator(locals.lang);
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0)
      return fail(400, { form: 'upload', message: '', fields: { file: t('field.IMPORT_FILE_REQUIRED') } });
    if (file.size > maxBytes) return fail(413, { form: 'upload', message: '', fields: { file: t('import.tooLarge') } });
    if (!locals.token) redirect(303, '/sign-in');
    const result = await uploadMediatorList(locals.token, file, locals.lang);
    if (result.ok) redirect(303, `/mediators/import?id=${result.id}`);
    if (result.status === 401) redirect(303, '/sign-in');
    const message = result.message ?? t('import.failed', { status: result.status });
    // Every refusal of the file is about the file: shown beside its field.
    return fail(result.status, { form: 'upload', message: '', fields: { file: result.fields.file ?? message } });
  },
  confirm: async ({ request, locals }) => {
    const parsed = registryImportIdSchema.safeParse({ id: (await request.formData()).get('id') });
    if (!parsed.success) error(404, say(locals, 'notFound.title'));
    try {
      await locals.api.registryImport.confirm.mutate(parsed.data);
    } catch (e) {
      const { status, message } = apiError(e, locals.lang);
      return fail(status, { form: 'confirm', message, fields: {} });
    }
    redirect(303, `/mediators/import?id=${parsed.data.id}`);
  },
};
