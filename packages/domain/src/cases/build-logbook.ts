/**
 * The team's logbook for a year (Sổ theo dõi hoạt động hòa giải ở cơ sở) — Law 35/2013 Art. 21.4 (every case is written
 * in it) and Art. 28.2.d (the Ministry of Justice sets its form); columns as the form has them (domain reference §1.11,
 * 🟡): (1) STT, (2) date received, (3) mediators and invited persons, (4) parties' names, ages and addresses, (5) main
 * content, (6) the agreement or each party's demands, (7) successful / (8) unsuccessful, (9) signatures (left to the
 * pen), (10) notes. Part II, the team leader's summary, counts each mediator's cases by scope and result; the year's
 * totals (received, successful, unsuccessful, in progress, not yet handled — §5.2) feed the commune's statistics and
 * both success rates of R-STAT-2. Pure: the caller passes each case as it stands on the day the book is printed.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { parseInput } from '../errors/parse-input.ts';
import { caseStatusSchema, successfulCaseStatuses, type CaseStatus } from '../mediation/case-state.ts';
import { entityIdSchema } from '../mediation/ids.ts';
import { scopeCategorySchema, type ScopeCategory } from '../mediation/scope-categories.ts';
import { referralTargetSchema, type ReferralTarget } from '../mediation/scope-referrals.ts';

const name = z.string().trim().min(1).max(160);
const longText = z.string().trim().max(4000);

/** A case as the logbook needs it. */
export const logbookCaseSchema = z
  .object({
    caseId: entityIdSchema,
    receivedOn: isoDateSchema,
    category: scopeCategorySchema,
    status: caseStatusSchema,
    mediators: z.array(z.object({ mediatorId: entityIdSchema, fullName: name }).strict()),
    invited: z.array(name).default([]),
    parties: z
      .array(
        z
          .object({ fullName: name, birthYear: z.number().int().nullable(), address: z.string().trim().max(300) })
          .strict(),
      )
      .min(1),
    summary: longText,
    /** Column 6: the agreement reached, or each party's demands when none was. */
    agreementOrDemands: longText.default(''),
    endedOn: isoDateSchema.nullable().default(null),
    referrals: z.array(referralTargetSchema).default([]),
    reportedTo: z.array(referralTargetSchema).default([]),
    notes: longText.default(''),
  })
  .strict();
export type LogbookCaseInput = z.input<typeof logbookCaseSchema>;

export const logbookInputSchema = z
  .object({ year: z.number().int().min(2000).max(2100), cases: z.array(logbookCaseSchema) })
  .strict();
export type LogbookInput = z.input<typeof logbookInputSchema>;

/** Columns 7–8 and beyond: a success, a mediation without agreement (incl. a party's stop), still open, or out of scope. */
export type LogbookResult = 'successful' | 'unsuccessful' | 'ongoing' | 'out_of_scope';

export type LogbookRow = {
  number: number;
  caseId: string;
  receivedOn: string;
  mediators: string[];
  invited: string[];
  /** Age in the year the case was received, when the birth year is known. */
  parties: Array<{ fullName: string; age: number | null; address: string }>;
  summary: string;
  agreementOrDemands: string;
  result: LogbookResult;
  stoppedByParty: boolean;
  endedOn: string | null;
  referrals: ReferralTarget[];
  reportedTo: ReferralTarget[];
  notes: string;
};

export type LogbookTotals = {
  received: number;
  successful: number;
  /** Ended without agreement: the mediator ended it or a party stopped it (Art. 23.2–23.3). */
  unsuccessful: number;
  stoppedByParty: number;
  /** Assigned, being mediated or paused. */
  inProgress: number;
  /** Received, not yet assigned. */
  notYetHandled: number;
  outOfScope: number;
  byCategory: Record<ScopeCategory, number>;
  /** R-STAT-2: successful ÷ received, and successful ÷ (successful + unsuccessful); null when nothing to count. */
  successRateOfReceived: number | null;
  successRateOfConcluded: number | null;
};

export type LogbookMediatorSummary = {
  mediatorId: string;
  fullName: string;
  cases: number;
  byCategory: Partial<Record<ScopeCategory, number>>;
  successful: number;
  unsuccessful: number;
  ongoing: number;
};

export type Logbook = { year: number; rows: LogbookRow[]; totals: LogbookTotals; byMediator: LogbookMediatorSummary[] };

function resultOf(status: CaseStatus): LogbookResult {
  if (successfulCaseStatuses.includes(status)) return 'successful';
  if (status === 'unsuccessful' || status === 'stopped_by_party') return 'unsuccessful';
  return status === 'out_of_scope' ? 'out_of_scope' : 'ongoing';
}

const emptyCategories = (): Record<ScopeCategory, number> =>
  Object.fromEntries(scopeCategorySchema.options.map((c) => [c, 0])) as Record<ScopeCategory, number>;

/**
 * The logbook of a team's year: the cases received that year in the order received, numbered from 1, with totals.
 * @example buildLogbook({ year: 2026, cases }).totals.successful
 */
export function buildLogbook(input: LogbookInput): Logbook {
  const { year, cases } = parseInput(logbookInputSchema, input);
  const ofYear = cases
    .filter((c) => c.receivedOn.startsWith(`${year}-`))
    .sort((a, b) =>
      a.receivedOn === b.receivedOn ? (a.caseId < b.caseId ? -1 : 1) : a.receivedOn < b.receivedOn ? -1 : 1,
    );
  const rows = ofYear.map((c, i): LogbookRow => ({
    number: i + 1,
    caseId: c.caseId,
    receivedOn: c.receivedOn,
    mediators: c.mediators.map((m) => m.fullName),
    invited: c.invited,
    parties: c.parties.map((p) => ({
      fullName: p.fullName,
      age: p.birthYear === null ? null : year - p.birthYear,
      address: p.address,
    })),
    summary: c.summary,
    agreementOrDemands: c.agreementOrDemands,
    result: resultOf(c.status),
    stoppedByParty: c.status === 'stopped_by_party',
    endedOn: c.endedOn,
    referrals: c.referrals,
    reportedTo: c.reportedTo,
    notes: c.notes,
  }));
  const count = (r: LogbookResult) => rows.filter((x) => x.result === r).length;
  const byCategory = emptyCategories();
  for (const c of ofYear) byCategory[c.category] += 1;
  const successful = count('successful');
  const unsuccessful = count('unsuccessful');
  const totals: LogbookTotals = {
    received: rows.length,
    successful,
    unsuccessful,
    stoppedByParty: rows.filter((r) => r.stoppedByParty).length,
    inProgress: ofYear.filter((c) => ['assigned', 'in_progress', 'suspended'].includes(c.status)).length,
    notYetHandled: ofYear.filter((c) => c.status === 'received').length,
    outOfScope: count('out_of_scope'),
    byCategory,
    successRateOfReceived: rows.length === 0 ? null : successful / rows.length,
    successRateOfConcluded: successful + unsuccessful === 0 ? null : successful / (successful + unsuccessful),
  };
  return { year, rows, totals, byMediator: summariseByMediator(ofYear) };
}

/** Part II of the book: each mediator's cases, by scope category and result, in order of first appearance. */
function summariseByMediator(cases: z.output<typeof logbookCaseSchema>[]): LogbookMediatorSummary[] {
  const byId = new Map<string, LogbookMediatorSummary>();
  for (const c of cases) {
    const result = resultOf(c.status);
    for (const m of c.mediators) {
      const s = byId.get(m.mediatorId) ?? {
        mediatorId: m.mediatorId,
        fullName: m.fullName,
        cases: 0,
        byCategory: {},
        successful: 0,
        unsuccessful: 0,
        ongoing: 0,
      };
      s.cases += 1;
      s.byCategory[c.category] = (s.byCategory[c.category] ?? 0) + 1;
      if (result === 'successful') s.successful += 1;
      else if (result === 'unsuccessful') s.unsuccessful += 1;
      else if (result === 'ongoing') s.ongoing += 1;
      byId.set(m.mediatorId, s);
    }
  }
  return [...byId.values()];
}
