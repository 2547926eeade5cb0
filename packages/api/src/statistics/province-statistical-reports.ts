/**
 * The province's view of a period (issue 13 point 9): each commune of the province with its report's state (not
 * started / prepared / approved) and the roll-up of the approved ones only. One query for every commune; the
 * province's communes come from the in-process cache, and so does the whole answer until a stored report of one of
 * its communes is written, or the communes table changes (cache/commune-figures.ts).
 */
import { provinceStatisticalReports, type Db } from '@hgcs/db';
import { readProvinceReportFigures } from '../cache/commune-figures.ts';
import { readProvinceCommunes } from '../cache/commune-reference.ts';
import {
  rollUpStatisticalReports,
  type Granted,
  type ProvinceScope,
  type StatisticalPeriodInput,
  type StatisticalReport,
} from '@hgcs/domain';
import type { StatisticalReportState } from './view.ts';

export function provinceStatistics(db: Db, scope: Granted<ProvinceScope>, input: StatisticalPeriodInput) {
  // The scope is the province's every commune today; a narrower one would name its communes in the key.
  const key = `rollup:${input.year}:${input.kind}:${scope.communeIds.length}:${scope.communeIds.join(',')}`;
  return readProvinceReportFigures(db, scope.provinceCode, scope.communeIds, key, () =>
    loadProvinceStatistics(db, scope, input),
  );
}

async function loadProvinceStatistics(db: Db, scope: Granted<ProvinceScope>, input: StatisticalPeriodInput) {
  const [communes, rows] = await Promise.all([
    readProvinceCommunes(db, scope.provinceCode),
    provinceStatisticalReports(db, scope, input),
  ]);
  const byCommune = new Map(rows.map((r) => [r.communeId, r]));
  const list = communes
    .filter((c) => scope.communeIds.includes(c.id))
    .map((c) => {
      const r = byCommune.get(c.id);
      const state: StatisticalReportState = r ? r.status : 'not_started';
      return { code: String(c.id), name: c.name, state, approvedAt: r?.approvedAt?.toISOString() ?? null };
    });
  const approved = rows.filter((r) => r.status === 'approved').map((r) => r.figures as StatisticalReport);
  return { year: input.year, kind: input.kind, communes: list, rollup: rollUpStatisticalReports(approved) };
}
