/**
 * The figures owed upward, read through the in-process cache (commune-data-cache.ts; docs/decisions.md 10 and 31):
 * a commune's Decision 315 dashboard of a year, kept until a write to a table it reads commits (the
 * `figures:<commune>` and `reference:<commune>` notices of migrations 0033 and 0010), and a province's roll-up of the
 * approved reports of a period, kept until one of its communes' stored reports is written (`reports:<commune>`).
 * Neither depends on the day: a year's records are dated, not measured from today.
 * The values are frozen and shared.
 */
import type { Db } from '@hgcs/db';
import { communeDataCacheFor } from './commune-data-cache.ts';

/** A commune's figure `key` (which must name the year or period and every input), computed by `load` on a miss. */
export function readCommuneFigures<T>(db: Db, communeId: number, key: string, load: () => Promise<T>): Promise<T> {
  return communeDataCacheFor(db).get(communeId, key, 'figures', load);
}

/**
 * A province's figure `key` built from the stored reports of `communes` (which the key must name when it is not the
 * province's every commune), computed by `load` on a miss.
 */
export function readProvinceReportFigures<T>(
  db: Db,
  provinceCode: string,
  communes: readonly number[],
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  return communeDataCacheFor(db).getOfProvince(provinceCode, key, load, communes);
}
