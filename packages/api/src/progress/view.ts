/** The progress aggregate's output shapes: sign-offs, reopenings and the chairman's year records (explicit fields). */
import type { listReopenings, listSignoffs, listYearRecords } from '@hgcs/db';

type Signoff = Awaited<ReturnType<typeof listSignoffs>>[number];
type Reopening = Awaited<ReturnType<typeof listReopenings>>[number];
type YearRecord = Awaited<ReturnType<typeof listYearRecords>>[number];

/** Who signed a year off, and when. */
export const toSignoffView = (s: Signoff) => ({
  year: s.year,
  signedBy: s.signedBy,
  signedAt: s.signedAt.toISOString(),
});

/** A signed year reopened: why, by whom, when. */
export const toReopeningView = (r: Reopening) => ({
  year: r.year,
  reason: r.reason,
  reopenedBy: r.reopenedBy,
  reopenedAt: r.reopenedAt.toISOString(),
});

/** The chairman's record of a year (the year plan's issuing date; the report's sections III–V). */
export const toYearRecordView = (r: YearRecord) => ({
  year: r.year,
  planIssuedOn: r.planIssuedOn,
  difficulties: r.difficulties,
  nextSteps: r.nextSteps,
  proposals: r.proposals,
  updatedAt: r.updatedAt.toISOString(),
});
