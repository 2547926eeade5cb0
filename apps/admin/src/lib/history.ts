/** What an audit row of a work item changed, as field / before / after, for the item's history table. */
import { historyFields, type HistoryField } from './labels.ts';

export type Change = { field: HistoryField; from: unknown; to: unknown };

/** The shown fields that differ between `before` and `after` (a row with no `before` lists what it recorded). */
export function changesOf(before: unknown, after: unknown): Change[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return historyFields
    .filter((field) => field in a && (before === null || before === undefined || JSON.stringify(b[field]) !== JSON.stringify(a[field])))
    .map((field) => ({ field, from: before ? (b[field] ?? null) : undefined, to: a[field] ?? null }));
}
