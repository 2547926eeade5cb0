/**
 * What a form action returns: which form it answers, and either success or the refusal in the user's language —
 * one message for the form and one per field (shown next to its field by `Field.svelte`).
 */
import { fieldErrors } from '@hgcs/domain';
import { errorText, fieldErrorText, type Lang } from '@hgcs/i18n';
import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { apiError } from './api.ts';

/** Runs one API call for `form`; a refusal becomes `fail(status, { form, message, fields, stale })`. */
export async function attempt(form: string, lang: Lang, call: () => Promise<unknown>) {
  try {
    await call();
    return { form, ok: true as const };
  } catch (error) {
    const e = apiError(error, lang);
    return fail(e.status, { form, message: e.message, fields: e.fields, stale: e.code === 'WORK_ITEM.STALE' });
  }
}

/** Each field's error of a zod refusal, in the user's language, by field path. */
export function fieldTexts(lang: Lang, error: z.ZodError): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors(error)).map(([path, f]) => [path, fieldErrorText(lang, f)]));
}

/** A form the console refused before calling the API: the domain schema's field errors, or one message. */
export function invalid(form: string, lang: Lang, refusal: z.ZodError | string) {
  if (typeof refusal === 'string')
    return fail(400, { form, message: refusal, fields: {} as Record<string, string>, stale: false });
  return fail(400, {
    form,
    message: errorText(lang, 'INPUT.INVALID'),
    fields: fieldTexts(lang, refusal),
    stale: false,
  });
}

/** A zod refusal as what a form shows: the general message and each field's text. */
export function refusal(lang: Lang, error: z.ZodError) {
  return { message: errorText(lang, 'INPUT.INVALID'), fields: fieldTexts(lang, error) };
}

/** A failed API call as what a form shows: the code's message and each field's text. */
export function refused(lang: Lang, error: unknown) {
  const e = apiError(error, lang);
  return { message: e.message, fields: e.fields };
}

/** A form field as trimmed text, or null when empty. */
export function textOrNull(value: FormDataEntryValue | null): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? null : text;
}
