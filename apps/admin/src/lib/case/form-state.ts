/**
 * What a case page's forms read back from an action's answer: a field's error, a typed value, the general message
 * when no field of the form holds it, and whether the form just succeeded.
 */
type Answer =
  | { form?: string; ok?: boolean; message?: string; fields?: Record<string, string>; values?: Record<string, string> }
  | null
  | undefined;

export function formState(answer: unknown) {
  const a = answer as Answer;
  const mine = (name: string) => !!a && a.form === name;
  return {
    err: (name: string, field: string) => (mine(name) ? (a?.fields?.[field] ?? '') : ''),
    val: (name: string, field: string, fallback = '') => (mine(name) ? (a?.values?.[field] ?? fallback) : fallback),
    /** The form's message when none of `shown` fields carries an error. */
    general: (name: string, shown: readonly string[]) =>
      mine(name) && a?.message && !shown.some((f) => a.fields?.[f]) ? a.message : '',
    done: (name: string) => mine(name) && a?.ok === true,
  };
}
export type FormState = ReturnType<typeof formState>;

/**
 * The case forms' enhance callback: after the action, refresh the page's data but keep what was typed, so a refused
 * form still shows the values beside their errors.
 */
export const keep =
  () =>
  ({ update }: { update: (o: { reset: boolean }) => Promise<void> }) =>
    update({ reset: false });
