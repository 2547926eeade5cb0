/** A problem found while reading an imported list, returned as a value so that every problem is shown at once. */
import type { registryMessages } from './messages.ts';

export type RegistryCode = keyof typeof registryMessages;

/** One problem: where it is (sheet row, column title as written in the file; null for the whole file) and what. */
export type ImportIssue = {
  code: RegistryCode;
  row: number | null;
  column: string | null;
  params: Readonly<Record<string, string | number>>;
};

/** Builds an issue; `row` and `column` are also given to its message (the text is @hgcs/i18n's `error.<code>`). */
export function importIssue(
  code: RegistryCode,
  row: number | null,
  column: string | null,
  params: Record<string, string | number> = {},
): ImportIssue {
  const all = { ...params, ...(row === null ? {} : { row }), ...(column === null ? {} : { column }) };
  return {
    code,
    row,
    column,
    params: all,
  };
}
