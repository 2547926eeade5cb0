/**
 * The commune's report of a period built now by the domain from its records (nothing stored), read in one statement.
 * Not cached: it is read to prepare the report, an audited write that forgets the commune's cached values anyway.
 */
import { statisticalReportRecords, type DbOrTx } from '@hgcs/db';
import {
  buildStatisticalReport,
  reportingPeriod,
  type CommuneLevelScope,
  type StatisticalPeriodInput,
  type StatisticalReport,
} from '@hgcs/domain';

export const communeCodeOf = (communeId: number) => String(communeId).padStart(5, '0');

export async function buildCommuneReport(
  db: DbOrTx,
  scope: CommuneLevelScope,
  input: StatisticalPeriodInput,
): Promise<StatisticalReport> {
  const p = reportingPeriod(input.kind, input.year);
  const records = await statisticalReportRecords(db, scope, { from: p.from, to: p.actualTo });
  return buildStatisticalReport({
    communeCode: communeCodeOf(scope.communeId),
    periodKind: input.kind,
    year: input.year,
    ...records,
    // The registry does not record qualifications yet; the view marks the degree counts as not reported.
    mediators: records.mediators.map((m) => ({ ...m, qualification: 'no_degree' as const })),
    cases: records.cases.map((c) => ({ ...c, scope: c.outOfScope ? null : (c.scope as never) })),
  });
}
