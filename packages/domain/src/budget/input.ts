/**
 * Shared input helpers of the capacity, budget and kpi modules: parse with a zod schema and turn a failure into
 * one `INPUT.INVALID` DomainError; dates are the calendar module's `YYYY-MM-DD` days; money in whole đồng.
 */
import { z } from 'zod';

export { isoDateSchema } from '../calendar/iso-date.ts';

/** An amount of money in whole Vietnamese đồng (VND has no minor unit in practice). */
export const vndSchema = z.number().int().nonnegative().max(1e15);

/** One way to parse input for every module (errors/parse-input.ts). */
export { parseInput } from '../errors/parse-input.ts';
