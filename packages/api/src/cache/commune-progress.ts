/**
 * A commune's progress figures for signed-in screens (the progress tree of a year, every year for the sign-off
 * page, an agency's reminders, the timeline), read through the in-process cache (commune-data-cache.ts) under a
 * key that names the day: they change only when a work item, a sign-off, a reopening or the plan of that commune
 * changes — each announced to every process — or when the day turns. Only commune-wide scopes are cached
 * (every role reads the plan commune-wide today); a narrower scope is computed each time.
 */
import type { Db } from '@hgcs/db';
import type { CommuneLevelScope } from '@hgcs/domain';
import { communeDataCacheFor } from './commune-data-cache.ts';

/** The figure `key` (which must name the day and every input) of the scope's commune, computed by `load` on a miss. */
export function readProgress<T>(db: Db, scope: CommuneLevelScope, key: string, load: () => Promise<T>): Promise<T> {
  if (scope.kind !== 'commune') return load();
  return communeDataCacheFor(db).get(scope.communeId, key, 'progress', load);
}
