/**
 * Support for a team's operations (stationery, copies, drinking water at team meetings) — Circular 56/2023/TT-BTC
 * Art. 3.17.đ: at most 150,000 VND per team per month, or the provincial amount (R-FUND-3).
 */
import { z } from 'zod';
import { checkSpendingCap, type CapOptions } from './check-spending-cap.ts';
import { isoDateSchema, parseInput } from './input.ts';

export const teamSupportInputSchema = z
  .object({
    teams: z.number().int().nonnegative(),
    months: z.number().int().nonnegative().max(120),
    /** A day of the period, to pick the provincial resolution in force. */
    date: isoDateSchema.optional(),
  })
  .strict();
export type TeamSupportInput = z.infer<typeof teamSupportInputSchema>;

/** The maximum team-operations support for `teams` teams over `months` months — Circular 56/2023/TT-BTC Art. 3.17.đ. */
export function computeTeamSupport(
  input: TeamSupportInput,
  options: CapOptions = {},
): { perTeamMonthVnd: number; totalVnd: number; capReference: string } {
  const i = parseInput(teamSupportInputSchema, input);
  const cap = checkSpendingCap({ norm: 'team_operations_support', unitAmountVnd: 0, date: i.date }, options);
  return { perTeamMonthVnd: cap.capVnd, totalVnd: cap.capVnd * i.teams * i.months, capReference: cap.capReference };
}
