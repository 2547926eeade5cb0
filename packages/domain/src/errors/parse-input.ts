/**
 * Parses an input with its zod schema; a refusal becomes `DomainError('INPUT.INVALID')` naming every bad field,
 * so every transport reports bad input the same way (docs/style.md habit 5).
 */
import type { z } from 'zod';
import { DomainError } from './domain-error.ts';

/** Returns the parsed value, or throws `INPUT.INVALID` with each issue as `path: message`. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const detail = result.error.issues
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'input'}: ${i.message}`)
    .join('; ');
  throw new DomainError('INPUT.INVALID', { detail });
}
