/**
 * What an audit row of a work item changed, as field / before / after, for the item's history table. Free-text
 * fields (notes, responsible person, labels, reasons…) are kept in the audit log by name only ('[changed]', so an
 * erasure never has to touch the log): such a change is `redacted`, shown as "changed" without values.
 */
import { historyFields, type HistoryField } from './labels.ts';

export type Change = { field: HistoryField; from: unknown; to: unknown; redacted: boolean };

/** The value the audit log records for a changed private field. */
const redactedValue = '[changed]';

/** The shown fields that differ between `before` and `after` (a row with no `before` lists what it recorded). */
export function changesOf(before: unknown, after: unknown): Change[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return historyFields
    .filter(
      (field) =>
        field in a &&
        (before === null || before === undefined || JSON.stringify(b[field]) !== JSON.stringify(a[field])),
    )
    .map((field) =>
      a[field] === redactedValue || b[field] === redactedValue
        ? { field, from: undefined, to: undefined, redacted: true }
        : { field, from: before ? (b[field] ?? null) : undefined, to: a[field] ?? null, redacted: false },
    );
}
