/**
 * The case pages' form actions (issue 11): each checks its form with the domain's schema (nothing is sent when it
 * fails), then calls the API; a refusal comes back beside its field (`params.field`) in the user's language.
 */
import type { Lang } from '@hgcs/i18n';
import type { z } from 'zod';
import { check, send } from './registry-form.ts';

/** Checks `input` with `schema`, then sends it with `call`; `{ form, ok: true, result }` or the page's `fail()`. */
export async function submit<S extends z.ZodType, T>(
  form: string,
  lang: Lang,
  schema: S,
  input: unknown,
  values: Record<string, string>,
  call: (data: z.output<S>) => Promise<T>,
) {
  const checked = check(form, lang, schema, input, values);
  if (!checked.ok) return checked.failure;
  const sent = await send(form, lang, values, () => call(checked.data));
  return sent.ok ? { form, ok: true as const, result: sent.result } : sent.failure;
}

/** A whole number typed in a form, or NaN (the schema refuses it naming the field). */
export const wholeNumber = (v: string | undefined): number => (v && /^\d+$/.test(v) ? Number(v) : Number.NaN);
