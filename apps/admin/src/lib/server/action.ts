/** What a form action returns: which form it answers, and either success or the API's Vietnamese message. */
import { fail } from '@sveltejs/kit';
import { apiError } from './api.ts';

/** Runs one API call for `form`; a domain error becomes `fail(status, { form, message, stale })`. */
export async function attempt(form: string, call: () => Promise<unknown>) {
  try {
    await call();
    return { form, ok: true as const };
  } catch (error) {
    const e = apiError(error);
    return fail(e.status, { form, message: e.message, stale: e.code === 'WORK_ITEM.STALE' });
  }
}

/** A form the console refused before calling the API (the domain schema's first message). */
export function invalid(form: string, issues: readonly { message: string }[] | string) {
  return fail(400, { form, message: typeof issues === 'string' ? issues : (issues[0]?.message ?? ''), stale: false });
}

/** A form field as trimmed text, or null when empty. */
export function textOrNull(value: FormDataEntryValue | null): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? null : text;
}
