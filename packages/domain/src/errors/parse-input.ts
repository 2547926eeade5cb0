/**
 * Parses an input with its zod schema; a refusal becomes `DomainError('INPUT.INVALID')` whose details name every
 * bad field with its catalogue key, so every transport reports bad input the same way (docs/style.md habit 5).
 */
import type { z } from 'zod';
import { DomainError } from './domain-error.ts';
import { fieldErrors } from './field-errors.ts';

/** Returns the parsed value, or throws `INPUT.INVALID` with one detail per bad field (`path`, `code`, `params`). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = Object.entries(fieldErrors(result.error)).map(([path, f]) => ({
    path,
    code: f.code,
    params: f.params,
  }));
  throw new DomainError('INPUT.INVALID', {}, details);
}
