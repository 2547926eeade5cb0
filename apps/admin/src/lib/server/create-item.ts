/** Creating an on-demand work item from a form: the parsed input, one API call, and `{ id }` or the failure to return. */
import type { Lang } from '@hgcs/i18n';
import type { ZodSafeParseResult } from 'zod';
import { apiError } from './api.ts';
import { invalid } from './action.ts';
import { fail } from '@sveltejs/kit';

/** `{ id }` of the created (or, on a retried key, the first) item; otherwise the action's `fail(…)` for `form`. */
export async function attemptCreate<T>(
  form: string,
  lang: Lang,
  parsed: ZodSafeParseResult<T>,
  create: (input: T) => Promise<{ id: string }>,
) {
  if (!parsed.success) return invalid(form, lang, parsed.error);
  try {
    return { id: (await create(parsed.data)).id };
  } catch (error) {
    const e = apiError(error, lang);
    return fail(e.status, { form, message: e.message, fields: e.fields, stale: false });
  }
}
