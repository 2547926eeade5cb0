/** The commune's report of a period: the stored one when prepared, else "not started". */
import { statisticalReportOf, type Db } from '@hgcs/db';
import type { CommuneLevelScope, StatisticalPeriodInput } from '@hgcs/domain';
import { reportView, type StatisticalReportView } from './view.ts';

export async function getStatisticalReport(
  db: Db,
  scope: CommuneLevelScope,
  input: StatisticalPeriodInput,
): Promise<StatisticalReportView> {
  return reportView(input.year, input.kind, await statisticalReportOf(db, scope, input));
}
