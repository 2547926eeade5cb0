/**
 * Remuneration of a mediated case from its state — Law 35/2013 Art. 9.5, 23; Decree 15/2014 Art. 13–14 (conditions,
 * via the TTHC records); Circular 56/2023 Art. 3.17.a (amounts, computed by budget/compute-case-remuneration.ts);
 * rule R-FUND-3. Adds what the case knows: its status, and which of its mediators may be paid and how much each.
 */
import { z } from 'zod';
import type { CapOptions } from '../budget/check-spending-cap.ts';
import { computeCaseRemuneration, type RemunerationCaseEnding } from '../budget/compute-case-remuneration.ts';
import type { RuleIssue } from '../budget/issue.ts';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { caseStatusSchema, successfulCaseStatuses, type CaseStatus } from './case-state.ts';
import { entityIdSchema } from './ids.ts';
import { issue } from './issue.ts';
import { parseInput } from '../errors/parse-input.ts';

/** A case as the payment rule sees it: status, end date, and each mediator with whether they breached an Art. 10 duty. */
export const caseRemunerationRequestSchema = z
  .object({
    caseStatus: caseStatusSchema,
    endedOn: isoDateSchema.optional(),
    mediators: z.array(z.object({ mediatorId: entityIdSchema, breachedDuty: z.boolean() }).strict()).min(1),
  })
  .strict();
export type CaseRemunerationRequest = z.input<typeof caseRemunerationRequestSchema>;

/**
 * ❓ How the amount reaches mediators: TT56 says "per case" → default `per_case`, one amount shared equally (whole đồng,
 * remainder to the first listed); `per_mediator` pays each mediator the full amount if the province so decides.
 */
export const remunerationBasisSchema = z.enum(['per_case', 'per_mediator']);
export type RemunerationBasis = z.infer<typeof remunerationBasisSchema>;

/** Whether the case is payable, why not, and each mediator's share — R-FUND-3. */
export type CaseRemunerationDecision = {
  payable: boolean;
  issues: RuleIssue[];
  /** The amount for the case (per-case basis) or for each paid mediator (per-mediator basis), and where it comes from. */
  rateVnd: number;
  capReference: string;
  totalVnd: number;
  shares: Array<{ mediatorId: string; amountVnd: number }>;
};

/** Art. 23 ending of a case status (null while open or out of scope). */
export function remunerationEndingOf(status: CaseStatus): RemunerationCaseEnding | null {
  if (successfulCaseStatuses.includes(status)) return 'agreement';
  if (status === 'stopped_by_party') return 'party_requested_stop';
  return status === 'unsuccessful' ? 'mediator_ended_futile' : null;
}

/**
 * Who is paid what for a case (R-FUND-3): nothing unless in scope and ended under Art. 23 — a case found out of scope
 * after assignment ends `out_of_scope`, not `unsuccessful`, and is not paid (issue 11, 2a); a mediator who breached an
 * Art. 10 duty gets no share. Amounts and provincial overrides come from budget/ (`CapOptions`). Deadlines:
 * `remuneration_payment` and `remuneration_payout` (mediation-deadlines.ts).
 */
export function decideCaseRemuneration(
  request: CaseRemunerationRequest,
  basis: RemunerationBasis = 'per_case',
  options: CapOptions = {},
): CaseRemunerationDecision {
  const r = parseInput(caseRemunerationRequestSchema, request);
  const how = parseInput(remunerationBasisSchema, basis);
  const paid = r.mediators.filter((m) => !m.breachedDuty);
  const base = computeCaseRemuneration(
    {
      inScope: r.caseStatus !== 'out_of_scope',
      ending: remunerationEndingOf(r.caseStatus),
      mediatorBreachedDuty: paid.length === 0,
      endedOn: r.endedOn,
    },
    options,
  );
  const issues: RuleIssue[] = [
    ...base.issues.filter((i) => i.code !== 'BUDGET.REMUNERATION_DUTY_BREACH'),
    ...r.mediators
      .filter((m) => m.breachedDuty)
      .map((m) => issue('FUND.MEDIATOR_BREACHED_DUTY', { mediator: m.mediatorId })),
  ];
  const rate = base.amountVnd;
  const shares = !base.payable
    ? []
    : how === 'per_mediator'
      ? paid.map((m) => ({ mediatorId: m.mediatorId, amountVnd: rate }))
      : paid.map((m, i) => ({
          mediatorId: m.mediatorId,
          amountVnd: Math.floor(rate / paid.length) + (i === 0 ? rate % paid.length : 0),
        }));
  return {
    payable: base.payable,
    issues,
    rateVnd: rate,
    capReference: base.capReference,
    totalVnd: shares.reduce((t, s) => t + s.amountVnd, 0),
    shares,
  };
}
