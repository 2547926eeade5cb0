/**
 * The election forms' rows: one row per person (a resident of the village, a member of the team) with a votes box,
 * empty when the person did not stand. The candidates sent are the filled rows, in the page's order; a refusal of
 * `candidates.<i>.<field>` is shown beside that person's row (`votes-<id>`).
 */
import { intOrNull } from './registry-form.ts';

/** The candidates typed: `{ id, votes }` for each filled row, in order. */
export function candidatesOf(values: Record<string, string>, ids: readonly string[], prefix: string) {
  return ids
    .filter((id) => (values[`${prefix}-${id}`] ?? '') !== '')
    .map((id) => ({ id, votes: intOrNull(values[`${prefix}-${id}`]) ?? Number.NaN }));
}

type Failure = { status: number; data: { fields: Record<string, string> } };

/** Moves `candidates.<i>.*` errors to the row of the i-th candidate, and returns the failure. */
export function onRows<F extends Failure>(failure: F, order: readonly string[], prefix: string): F {
  const fields = failure.data.fields;
  for (const [key, text] of Object.entries({ ...fields })) {
    const m = /^candidates\.(\d+)\./.exec(key);
    const id = m ? order[Number(m[1])] : undefined;
    if (id) fields[`${prefix}-${id}`] = text;
  }
  return failure;
}
