/**
 * Registry forms (issue 10): each refusal is shown next to its field, in the user's language. A form is checked
 * with the domain's schema first (nothing is sent when it fails), then the API's answer is mapped the same way: a
 * zod refusal's per-field codes, or a domain error's `params.field`. The values typed are given back so the form
 * keeps them.
 */
import type { Lang } from '@hgcs/i18n';
import { fail } from '@sveltejs/kit';
import { TRPCClientError } from '@trpc/client';
import type { z } from 'zod';
import { fieldTexts } from './action.ts';
import { apiError } from './api.ts';

export type FieldErrors = Record<string, string>;
export type RegistryFormFailure = {
  form: string;
  message: string;
  fields: FieldErrors;
  values: Record<string, string>;
};

/** The form's fields as text (checkboxes are 'on' when ticked). */
export function valuesOf(data: FormData): Record<string, string> {
  return Object.fromEntries(
    [...data.entries()].filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v).trim()]),
  );
}

/** Empty text → null. */
export const orNull = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);
/** A whole number typed in a form, or null when empty or not one. */
export const intOrNull = (v: string | undefined): number | null =>
  v === undefined || v === '' || !/^-?\d+$/.test(v) ? (v ? Number.NaN : null) : Number(v);

/** A nested field's error also shows on its top-level field (`candidates.0.votesFor` → `candidates`). */
function withTopLevel(fields: FieldErrors): FieldErrors {
  const all = { ...fields };
  for (const key of Object.keys(fields)) if (key.includes('.')) all[key.split('.')[0]!] ??= fields[key]!;
  return all;
}

/** Parses with the domain schema; a refusal is the page's `fail(400)` with each message beside its field. */
export function check<S extends z.ZodType>(
  form: string,
  lang: Lang,
  schema: S,
  input: unknown,
  values: Record<string, string>,
): { ok: true; data: z.output<S> } | { ok: false; failure: ReturnType<typeof fail<RegistryFormFailure>> } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields = withTopLevel(fieldTexts(lang, parsed.error));
  return { ok: false, failure: fail(400, { form, message: Object.values(fields)[0] ?? '', fields, values }) };
}

/** Runs an API call; its refusal becomes `fail(status)` with the field it names, in the user's language. */
export async function send<T>(
  form: string,
  lang: Lang,
  values: Record<string, string>,
  call: () => Promise<T>,
): Promise<{ ok: true; result: T } | { ok: false; failure: ReturnType<typeof fail<RegistryFormFailure>> }> {
  try {
    return { ok: true, result: await call() };
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const e = apiError(error, lang);
    const fields: FieldErrors = { ...e.fields };
    if (typeof e.params.field === 'string') fields[e.params.field] = e.message;
    return { ok: false, failure: fail(e.status, { form, message: e.message, fields: withTopLevel(fields), values }) };
  }
}
