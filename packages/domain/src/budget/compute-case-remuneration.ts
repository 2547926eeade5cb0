/**
 * Per-case remuneration of mediators (thù lao theo vụ, việc) — R-FUND-3: payable only when the case is within grassroots
 * mediation, has ended in one of the three ways of Law 35/2013 Art. 23, and no mediator on it breached an Art. 10 duty
 * (Nghị định 15/2014/NĐ-CP, as reproduced in the procedure records). Amount: Circular 56/2023/TT-BTC Art. 3.17.a —
 * 400,000 if successful (Law Art. 24), else 300,000, or the provincial amount.
 * ❓ The circular says "per case", not per mediator: the amount is for the case; the team divides it.
 */
import { z } from 'zod';
import { checkSpendingCap, type CapOptions } from './check-spending-cap.ts';
import { isoDateSchema, parseInput } from './input.ts';
import { ruleIssue, type RuleIssue } from './issue.ts';

/** How a case ended — Law 35/2013 Art. 23: agreement (success, Art. 24), a party asked to stop, the mediator ended it. */
export const remunerationCaseEndingSchema = z.enum(['agreement', 'party_requested_stop', 'mediator_ended_futile']);
export type RemunerationCaseEnding = z.infer<typeof remunerationCaseEndingSchema>;

export const remunerationCaseSchema = z
  .object({
    inScope: z.boolean(),
    /** null while the case is still open. */
    ending: remunerationCaseEndingSchema.nullable(),
    mediatorBreachedDuty: z.boolean(),
    /** The day the case ended, to pick the provincial resolution in force. */
    endedOn: isoDateSchema.optional(),
  })
  .strict();
export type RemunerationCase = z.infer<typeof remunerationCaseSchema>;

export type CaseRemuneration = {
  payable: boolean;
  amountVnd: number;
  norm: 'mediator_remuneration' | 'mediator_remuneration_successful';
  capReference: string;
  issues: RuleIssue[];
};

/** Whether a case's remuneration is payable and how much (per case) — Circular 56/2023/TT-BTC Art. 3.17.a. */
export function computeCaseRemuneration(input: RemunerationCase, options: CapOptions = {}): CaseRemuneration {
  const c = parseInput(remunerationCaseSchema, input);
  const issues: RuleIssue[] = [];
  if (!c.inScope) issues.push(ruleIssue('BUDGET.REMUNERATION_OUT_OF_SCOPE', {}));
  if (c.ending === null) issues.push(ruleIssue('BUDGET.REMUNERATION_NOT_ENDED', {}));
  if (c.mediatorBreachedDuty) issues.push(ruleIssue('BUDGET.REMUNERATION_DUTY_BREACH', {}));
  const norm = c.ending === 'agreement' ? 'mediator_remuneration_successful' : 'mediator_remuneration';
  const cap = checkSpendingCap({ norm, unitAmountVnd: 0, date: c.endedOn }, options);
  const payable = issues.length === 0;
  return { payable, amountVnd: payable ? cap.capVnd : 0, norm, capReference: cap.capReference, issues };
}
