/**
 * Provincial amounts (mức chi cụ thể) set by the provincial People's Council, which replace the caps of
 * Circular 56/2023/TT-BTC where given (Art. 5.1). For Pờ Tó the candidate is Gia Lai's Nghị quyết 100/2024/NQ-HĐND,
 * whose amounts were not read (❓ domain-reference §2.4): there is no default, the office enters them.
 */
import { z } from 'zod';
import { isoDateSchema, vndSchema } from './input.ts';
import { spendingNormIdSchema } from './spending-norms.ts';

/** A provincial resolution's amounts per norm (only the norms it sets). */
export const provincialNormsSchema = z
  .object({
    /** The resolution, e.g. "Nghị quyết 100/2024/NQ-HĐND tỉnh Gia Lai". */
    resolution: z.string().min(3).max(200),
    effectiveFrom: isoDateSchema,
    caps: z.partialRecord(spendingNormIdSchema, vndSchema),
  })
  .strict();
export type ProvincialNorms = z.infer<typeof provincialNormsSchema>;

/**
 * The resolution in force on `date`: the latest whose `effectiveFrom` ≤ date (null before the first one, or when no
 * day is known — then nothing provincial can be said to apply). Ties keep the later-listed resolution.
 */
export function provincialNormsInForce(
  history: readonly ProvincialNorms[],
  date: string | undefined,
): ProvincialNorms | null {
  if (!date) return null;
  let found: ProvincialNorms | null = null;
  for (const n of history) if (n.effectiveFrom <= date && (!found || n.effectiveFrom >= found.effectiveFrom)) found = n;
  return found;
}
