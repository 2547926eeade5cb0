/**
 * Checks a contest prize against its cap — Circular 56/2023/TT-BTC Art. 3.13.d (team / individual × first, second,
 * third, consolation; other prizes 750,000), or the provincial amount (Art. 5.1). The organiser picks amounts by scale,
 * never above the cap.
 */
import { z } from 'zod';
import { checkSpendingCap, type CapCheck, type CapOptions } from '../budget/check-spending-cap.ts';
import { isoDateSchema, parseInput, vndSchema } from '../budget/input.ts';
import type { SpendingNormId } from '../budget/spending-norms.ts';
import { prizeRankSchema } from './contest.ts';

export const prizeSchema = z
  .object({
    rank: prizeRankSchema,
    /** Team (tập thể) or individual (cá nhân); ignored for `other` prizes, which have one cap. */
    recipient: z.enum(['team', 'individual']),
    amountVnd: vndSchema,
    date: isoDateSchema.optional(),
  })
  .strict();
export type Prize = z.infer<typeof prizeSchema>;

/** The cap check of a prize — Circular 56/2023/TT-BTC Art. 3.13.d. */
export function checkPrizeAmount(prize: Prize, options: CapOptions = {}): CapCheck {
  const p = parseInput(prizeSchema, prize);
  const norm: SpendingNormId = p.rank === 'other' ? 'prize_other' : `prize_${p.rank}_${p.recipient}`;
  return checkSpendingCap({ norm, unitAmountVnd: p.amountVnd, date: p.date }, options);
}
