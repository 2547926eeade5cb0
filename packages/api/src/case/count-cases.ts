/**
 * How many cases each commune of the scope received in a period, by how they stand (issue 11, Speed): a province's
 * every commune — those with no case too, at zero — or the caller's own commune. Counts only; nothing is audited as
 * a view of personal data because none is read.
 */
import { caseCountsInScope, type Db } from '@hgcs/db';
import { summariseCaseCounts, type AnyScope, type CaseStandingCounts, type CaseCountsInput } from '@hgcs/domain';
import { readProvinceCommunes } from '../cache/commune-reference.ts';

const none: CaseStandingCounts = {
  received: 0,
  open: 0,
  successful: 0,
  unsuccessful: 0,
  stoppedByParty: 0,
  outOfScope: 0,
};

export async function countCases(db: Db, scope: AnyScope, period: Required<CaseCountsInput>) {
  const [rows, communes] = await Promise.all([
    caseCountsInScope(db, scope, period),
    scope.kind === 'province' ? readProvinceCommunes(db, scope.provinceCode) : null,
  ]);
  const counted = new Map(summariseCaseCounts(rows).map((c) => [c.communeId, c.counts]));
  const ids = scope.kind === 'province' ? communes!.map((c) => c.id) : [scope.communeId];
  return {
    from: period.from,
    to: period.to,
    communes: ids.map((communeId) => ({ communeId, counts: counted.get(communeId) ?? none })),
  };
}
