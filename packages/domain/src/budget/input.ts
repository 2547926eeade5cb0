/**
 * Shared input helpers of the capacity, budget and kpi modules: parse with a zod schema and turn a failure into
 * one `INPUT.INVALID` DomainError; dates are the calendar module's `YYYY-MM-DD` days; money in whole đồng.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';

export { isoDateSchema } from '../calendar/iso-date.ts';

/** An amount of money in whole Vietnamese đồng (VND has no minor unit in practice). */
export const vndSchema = z.number().int().nonnegative().max(1e15);

/** Parse `input` with `schema`, or throw `INPUT.INVALID` listing every problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new DomainError('INPUT.INVALID', { detail: z.prettifyError(result.error) });
  return result.data;
}
