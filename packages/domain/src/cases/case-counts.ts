/**
 * How many cases each commune received in a period, by how they stand (issue 11, Speed: "a province's case counts for
 * a period"; the figures the statistical report and the province follow, Law 35/2013 Art. 28.2.d): received, still
 * open, successful (an agreement was reached: successful, followed up, performed or not), unsuccessful, stopped by a
 * party, out of scope. Counts only — no party, no summary.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import type { CaseStatus } from '../mediation/case-state.ts';
import { openCaseStatuses } from './open-statuses.ts';

/** A period of receipt, first and last day included (at most ten years, so a request stays a bounded read). */
export const caseCountsInputSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'field.DATES_ORDER', path: ['to'] })
  .refine((p) => Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) <= 10, {
    message: 'field.CASE_PERIOD_TOO_LONG',
    path: ['to'],
  });
export type CaseCountsInput = z.input<typeof caseCountsInputSchema>;

export type CaseStandingCounts = {
  received: number;
  open: number;
  successful: number;
  unsuccessful: number;
  stoppedByParty: number;
  outOfScope: number;
};

const agreementReached = new Set<CaseStatus>(['successful', 'follow_up', 'performed', 'not_performed']);
const open = new Set<CaseStatus>(openCaseStatuses);

/** Folds (commune, status, number of cases) rows into each commune's counts, communes in the order first seen. */
export function summariseCaseCounts(
  rows: readonly { communeId: number; status: CaseStatus; cases: number }[],
): { communeId: number; counts: CaseStandingCounts }[] {
  const byCommune = new Map<number, CaseStandingCounts>();
  for (const { communeId, status, cases } of rows) {
    let c = byCommune.get(communeId);
    if (!c) {
      c = { received: 0, open: 0, successful: 0, unsuccessful: 0, stoppedByParty: 0, outOfScope: 0 };
      byCommune.set(communeId, c);
    }
    c.received += cases;
    if (open.has(status)) c.open += cases;
    if (agreementReached.has(status)) c.successful += cases;
    if (status === 'unsuccessful') c.unsuccessful += cases;
    if (status === 'stopped_by_party') c.stoppedByParty += cases;
    if (status === 'out_of_scope') c.outOfScope += cases;
  }
  return [...byCommune].map(([communeId, counts]) => ({ communeId, counts }));
}
