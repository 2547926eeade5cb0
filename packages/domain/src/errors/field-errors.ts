/**
 * A refused input's zod issues as catalogue keys with parameters, by field — so each edge shows every field's
 * error next to that field, in its user's language (docs/style.md habit 5). Domain schemas name their own key
 * (`z.string().regex(re, 'field.COMMUNE_CODE')`); zod's built-in checks map to generic keys (`field.TOO_LONG`
 * with `{ max }`). The texts are @hgcs/i18n's `field.*`.
 */
import type { z } from 'zod';

/** One field's error: a catalogue key (`field.*`) and the values its text fills. */
export type FieldError = { code: string; params: Record<string, string | number> };

const limit = (value: unknown): number => Number(value);

/** A zod issue as a catalogue key: the schema's own `field.*` key, or a generic one for zod's checks. */
export function fieldError(issue: z.core.$ZodIssue): FieldError {
  const custom = issue.code === 'custom' ? (issue.params ?? {}) : {};
  const bounds = {
    ...('minimum' in issue ? { min: limit(issue.minimum) } : {}),
    ...('maximum' in issue ? { max: limit(issue.maximum) } : {}),
  };
  if (issue.message.startsWith('field.')) return { code: issue.message, params: { ...bounds, ...custom } };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'field.MISSING', params: {} };
    case 'too_small':
      if (issue.origin === 'string')
        return { code: Number(issue.minimum) <= 1 ? 'field.REQUIRED' : 'field.TOO_SHORT', params: bounds };
      return {
        code: issue.origin === 'array' || issue.origin === 'set' ? 'field.TOO_FEW' : 'field.TOO_SMALL',
        params: bounds,
      };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'field.TOO_LONG', params: bounds };
      return {
        code: issue.origin === 'array' || issue.origin === 'set' ? 'field.TOO_MANY' : 'field.TOO_BIG',
        params: bounds,
      };
    case 'unrecognized_keys':
      return { code: 'field.UNKNOWN_KEY', params: { key: issue.keys.join(', ') } };
    case 'invalid_value':
      return { code: 'field.INVALID_OPTION', params: {} };
    default:
      return { code: 'field.INVALID', params: {} };
  }
}

/** The path of an issue as a form names its field (`notes`, `groups.1.code`); `_` for the input as a whole. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '_';
}

/** The first error of each field of a refused input, by field path. */
export function fieldErrors(error: z.ZodError): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of error.issues) fields[fieldPath(issue.path)] ??= fieldError(issue);
  return fields;
}
