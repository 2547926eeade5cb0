/**
 * "Thêm xã" for a province administrator: code, name and the commune's data file text → the commune is created with
 * its first administrator, whose username and one-time setup password are shown once (never stored by the console).
 * A problem in the file (its line named) is shown next to the field; nothing is written.
 */
import { onboardCommuneInputSchema } from '@hgcs/domain';
import { fail } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { fieldTexts } from '#lib/server/action.ts';
import { requirePermission } from '#lib/server/guard.ts';
import { say } from '#lib/server/say.ts';
import type { Actions, PageServerLoad } from './$types';

const permissionMessage = (locals: App.Locals) => say(locals, 'denied.provinceAdd');

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  requirePermission(me, 'commune.onboard', permissionMessage(locals));
  return {};
};

type Fields = Partial<Record<'code' | 'name' | 'planText', string>>;

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const form = await request.formData();
    const values = {
      code: String(form.get('code') ?? ''),
      name: String(form.get('name') ?? ''),
      planText: String(form.get('planText') ?? ''),
    };
    const parsed = onboardCommuneInputSchema.safeParse(values);
    const keep = { code: values.code, name: values.name, planText: values.planText };
    if (!parsed.success) {
      const fields: Fields = fieldTexts(locals.lang, parsed.error);
      return fail(400, { ...keep, fields, message: null });
    }
    try {
      const result = await locals.api.province.addCommune.mutate(parsed.data);
      if (result.status === 'exists')
        return fail(409, { ...keep, fields: {} as Fields, message: null, exists: result.code });
      return {
        created: {
          code: result.code,
          name: result.name,
          username: result.username,
          setupPassword: result.setupPassword,
        },
      };
    } catch (error) {
      const e = apiError(error, locals.lang);
      if (e.status === 403) return fail(403, { ...keep, fields: {} as Fields, message: permissionMessage(locals) });
      // A data-file problem (with its line) belongs next to the file's field; input problems next to theirs.
      const fields: Fields = e.code === 'PLAN.FILE_INVALID' ? { planText: e.message } : (e.fields as Fields);
      return fail(e.status, { ...keep, fields, message: Object.keys(fields).length ? null : e.message });
    }
  },
};
