/**
 * What a page's form actions answer: which form, and success or a message (stale = the item changed meanwhile),
 * with each refused field's text in the user's language by field name.
 */
export type FormResult =
  | { form?: string; ok?: boolean; message?: string | null; fields?: Record<string, string>; stale?: boolean }
  | null
  | undefined;

/** The field texts of `result` when it answers `form` (every form of a page shares one `form` prop). */
export function fieldsOf(result: FormResult | Record<string, unknown>, form?: string): Record<string, string> {
  if (!result || typeof result !== 'object') return {};
  const r = result as { form?: string; fields?: Record<string, string> };
  return form === undefined || r.form === form ? (r.fields ?? {}) : {};
}
