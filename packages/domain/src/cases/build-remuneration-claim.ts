/**
 * The remuneration claim of a period (danh sách đề nghị thanh toán thù lao, issue 11 point 9) — Decree 15/2014 Art.
 * 13–14 (conditions, via the TTHC records), Circular 56/2023 Art. 3.17.a (amounts, capped; the province's resolution
 * where in force: `provinceRates`), rule R-FUND-3, domain reference §2.2 (the team leader's dossier lists the cases;
 * the commune pays through the team). Each case ended in the period is decided by `decideCaseRemuneration`; a case
 * already paid (by id), listed twice, out of scope (also when found so after assignment) or not ended is left out with
 * the reason, so a case is never paid twice. Amounts per case, per mediator and per team.
 */
import { z } from 'zod';
import type { CapOptions } from '../budget/check-spending-cap.ts';
import type { RuleIssue } from '../budget/issue.ts';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { parseInput } from '../errors/parse-input.ts';
import { caseStatusSchema } from '../mediation/case-state.ts';
import {
  decideCaseRemuneration,
  remunerationBasisSchema,
  remunerationEndingOf,
  type RemunerationBasis,
} from '../mediation/decide-case-remuneration.ts';
import { entityIdSchema } from '../mediation/ids.ts';

const name = z.string().trim().min(1).max(200);

/** A closed case as the claim sees it: its team, status, end date and mediators (with any Art. 10 breach). */
export const claimCaseSchema = z
  .object({
    caseId: entityIdSchema,
    trackingCode: z.string().trim().min(1).max(40),
    teamId: entityIdSchema,
    teamName: name,
    status: caseStatusSchema,
    endedOn: isoDateSchema.nullable(),
    mediators: z
      .array(
        z.object({ mediatorId: entityIdSchema, fullName: name, breachedDuty: z.boolean().default(false) }).strict(),
      )
      .min(1),
  })
  .strict();
export type ClaimCaseInput = z.input<typeof claimCaseSchema>;

/** The period the claim covers (inclusive), and the cases already paid in earlier claims. */
export const claimPeriodSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema, alreadyPaidCaseIds: z.array(entityIdSchema).default([]) })
  .strict()
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'field.PERIOD_END_BEFORE_START' });
export type ClaimPeriodInput = z.input<typeof claimPeriodSchema>;

export type ClaimLine = {
  caseId: string;
  trackingCode: string;
  teamId: string;
  endedOn: string;
  successful: boolean;
  rateVnd: number;
  totalVnd: number;
  capReference: string;
  shares: Array<{ mediatorId: string; fullName: string; amountVnd: number }>;
  /** Mediators left out for an Art. 10 breach (the case is still paid to the others). */
  issues: RuleIssue[];
};
export type ClaimExclusion = {
  caseId: string;
  trackingCode: string;
  reason: 'already_paid' | 'duplicate' | 'outside_period' | 'not_payable';
  issues: RuleIssue[];
};
export type RemunerationClaim = {
  from: string;
  to: string;
  lines: ClaimLine[];
  excluded: ClaimExclusion[];
  byTeam: Array<{ teamId: string; teamName: string; cases: number; totalVnd: number }>;
  byMediator: Array<{ mediatorId: string; fullName: string; teamId: string; cases: number; amountVnd: number }>;
  totalVnd: number;
};

/**
 * The claim for `period` (R-FUND-3): payable cases ended in it, in the order they ended, with amounts per case, team
 * and mediator; `provinceRates` are the province's amounts (`CapOptions`), `basis` how a case's amount is shared.
 * @example buildRemunerationClaim(cases, { provincialNorms }, { from: '2026-01-01', to: '2026-03-31', alreadyPaidCaseIds }).totalVnd
 */
export function buildRemunerationClaim(
  closedCases: readonly ClaimCaseInput[],
  provinceRates: CapOptions,
  period: ClaimPeriodInput,
  basis: RemunerationBasis = 'per_case',
): RemunerationClaim {
  const cases = parseInput(z.array(claimCaseSchema), closedCases);
  const p = parseInput(claimPeriodSchema, period);
  const how = parseInput(remunerationBasisSchema, basis);
  const paid = new Set(p.alreadyPaidCaseIds);
  const seen = new Set<string>();
  const lines: ClaimLine[] = [];
  const excluded: ClaimExclusion[] = [];
  const sorted = [...cases].sort((a, b) =>
    (a.endedOn ?? '') < (b.endedOn ?? '')
      ? -1
      : (a.endedOn ?? '') > (b.endedOn ?? '')
        ? 1
        : a.caseId < b.caseId
          ? -1
          : 1,
  );
  for (const c of sorted) {
    const exclude = (reason: ClaimExclusion['reason'], issues: ClaimExclusion['issues'] = []) =>
      excluded.push({ caseId: c.caseId, trackingCode: c.trackingCode, reason, issues });
    if (seen.has(c.caseId)) exclude('duplicate');
    else if (paid.has(c.caseId)) exclude('already_paid');
    else if (c.endedOn !== null && (c.endedOn < p.from || c.endedOn > p.to)) exclude('outside_period');
    else {
      const d = decideCaseRemuneration(
        {
          caseStatus: c.status,
          ...(c.endedOn === null ? {} : { endedOn: c.endedOn }),
          mediators: c.mediators.map((m) => ({ mediatorId: m.mediatorId, breachedDuty: m.breachedDuty })),
        },
        how,
        provinceRates,
      );
      if (!d.payable || c.endedOn === null) exclude('not_payable', d.issues);
      else {
        const names = new Map(c.mediators.map((m) => [m.mediatorId, m.fullName]));
        lines.push({
          caseId: c.caseId,
          trackingCode: c.trackingCode,
          teamId: c.teamId,
          endedOn: c.endedOn,
          successful: remunerationEndingOf(c.status) === 'agreement',
          rateVnd: d.rateVnd,
          totalVnd: d.totalVnd,
          capReference: d.capReference,
          shares: d.shares.map((s) => ({ ...s, fullName: names.get(s.mediatorId) ?? s.mediatorId })),
          issues: d.issues,
        });
      }
    }
    seen.add(c.caseId);
  }
  return {
    from: p.from,
    to: p.to,
    lines,
    excluded,
    ...totalsOf(lines, cases),
    totalVnd: lines.reduce((t, l) => t + l.totalVnd, 0),
  };
}

function totalsOf(lines: ClaimLine[], cases: z.output<typeof claimCaseSchema>[]) {
  const teamName = new Map(cases.map((c) => [c.teamId, c.teamName]));
  const byTeam = new Map<string, { teamId: string; teamName: string; cases: number; totalVnd: number }>();
  const byMediator = new Map<
    string,
    { mediatorId: string; fullName: string; teamId: string; cases: number; amountVnd: number }
  >();
  for (const l of lines) {
    const t = byTeam.get(l.teamId) ?? {
      teamId: l.teamId,
      teamName: teamName.get(l.teamId) ?? l.teamId,
      cases: 0,
      totalVnd: 0,
    };
    t.cases += 1;
    t.totalVnd += l.totalVnd;
    byTeam.set(l.teamId, t);
    for (const s of l.shares) {
      const key = `${l.teamId}/${s.mediatorId}`;
      const m = byMediator.get(key) ?? {
        mediatorId: s.mediatorId,
        fullName: s.fullName,
        teamId: l.teamId,
        cases: 0,
        amountVnd: 0,
      };
      m.cases += 1;
      m.amountVnd += s.amountVnd;
      byMediator.set(key, m);
    }
  }
  return { byTeam: [...byTeam.values()], byMediator: [...byMediator.values()] };
}
