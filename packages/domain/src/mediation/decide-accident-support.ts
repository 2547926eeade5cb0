/**
 * Support for a mediator hurt or killed by an accident or risk (hỗ trợ khi gặp tai nạn, rủi ro) — Law 35/2013
 * Art. 9.7; Decree 15/2014 (🟡 coverage: while mediating, or on a reasonable way to or from it); Circular 56/2023
 * Art. 3.17 (what is paid; the funeral cap is computed by budget/check-spending-cap.ts); rules R-FUND-1, R-FUND-3.
 */
import { z } from 'zod';
import { checkSpendingCap, type CapOptions } from '../budget/check-spending-cap.ts';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { issue, type Issue } from './issue.ts';
import { parseInput } from '../errors/parse-input.ts';

/** What happened: where the mediator was, when, whether they died of it, and whether they hold health insurance. */
export const accidentSchema = z
  .object({
    circumstance: z.enum(['while_mediating', 'travelling_to_or_from', 'other']),
    /** For `travelling_to_or_from`: on a reasonable route and within a reasonable time (🟡); otherwise null. */
    reasonableRouteAndTime: z.boolean().nullable().default(null),
    occurredOn: isoDateSchema,
    /** The day of death when the mediator died of it, else null. */
    diedOn: isoDateSchema.nullable().default(null),
    hasHealthInsurance: z.boolean(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.circumstance === 'travelling_to_or_from' && a.reasonableRouteAndTime === null)
      ctx.addIssue({ code: 'custom', path: ['reasonableRouteAndTime'], message: 'field.ROUTE_REQUIRED' });
    if (a.diedOn !== null && a.diedOn < a.occurredOn)
      ctx.addIssue({ code: 'custom', path: ['diedOn'], message: 'field.DIED_BEFORE_ACCIDENT' });
  });
export type AccidentInput = z.input<typeof accidentSchema>;

/** One item of support: medical costs (who pays), lost income (the regime that sets it), funeral (cap in VND). */
export type AccidentSupportItem =
  | { kind: 'medical_costs'; payer: 'health_insurance' | 'budget_at_health_insurance_level'; source: string }
  | { kind: 'lost_income'; regime: string; source: string }
  | { kind: 'funeral'; capVnd: number; source: string };

/** Covered or not (with the reason), and the items payable — Law 35/2013 Art. 9.7. */
export type AccidentSupportDecision = { eligible: boolean; issues: Issue[]; items: AccidentSupportItem[] };

/**
 * Whether an accident is covered and what may be paid (Law 35/2013 Art. 9.7; TT56 Art. 3.17; R-FUND-1/3). The funeral
 * cap is 5 months of the base salary in force on the day of death, or the province's amount (`options`). Deadlines:
 * `accident_support_*` in mediation-deadlines.ts (❓ post-2025 authority).
 */
export function decideAccidentSupport(input: AccidentInput, options: CapOptions = {}): AccidentSupportDecision {
  const a = parseInput(accidentSchema, input);
  const covered =
    a.circumstance === 'while_mediating' ||
    (a.circumstance === 'travelling_to_or_from' && a.reasonableRouteAndTime === true);
  if (!covered) return { eligible: false, issues: [issue('FUND.ACCIDENT_NOT_COVERED')], items: [] };
  const source = 'Thông tư 56/2023/TT-BTC Điều 3.17';
  const items: AccidentSupportItem[] = [
    {
      kind: 'medical_costs',
      payer: a.hasHealthInsurance ? 'health_insurance' : 'budget_at_health_insurance_level',
      source: `${source}; Luật BHYT Điều 22.1.đ`,
    },
    { kind: 'lost_income', regime: 'TTLT 02/2013/TTLT-BNV-BLĐTBXH-BTC-BYT', source },
  ];
  if (a.diedOn !== null) {
    const cap = checkSpendingCap({ norm: 'mediator_funeral_support', unitAmountVnd: 0, date: a.diedOn }, options);
    items.push({ kind: 'funeral', capVnd: cap.capVnd, source: cap.capReference });
  }
  return { eligible: true, issues: [], items };
}
