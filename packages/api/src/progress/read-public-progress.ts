/**
 * For citizens: each group's progress in a year and what was done — no names, notes or personal data. Kept in
 * process per commune, year and day until a work item, sign-off or the plan of that commune changes (any process).
 */
import type { Db } from '@hgcs/db';
import { DomainError, kioskScope, type CommuneLevelScope } from '@hgcs/domain';
import { communeDataCacheFor } from '../cache/commune-data-cache.ts';
import { planProgress } from './compute-progress.ts';

/** The public figures of `communeId`'s `year` on `today`; "not found" when the commune has no plan. */
export async function readPublicProgress(db: Db, communeId: number, year: number, today: string) {
  const figures = await communeDataCacheFor(db).get(communeId, `public:${year}:${today}`, 'progress', () =>
    publicFigures(db, kioskScope(communeId), year, today),
  );
  if (!figures) throw new DomainError('RESOURCE.NOT_FOUND');
  return figures;
}

/** The public figures of a commune's year, or undefined when the commune has no plan. */
async function publicFigures(db: Db, scope: CommuneLevelScope, year: number, today: string) {
  const result = await planProgress(db, scope, today, year);
  if (!result) return undefined;
  return {
    year,
    progress: result.progress,
    counts: { total: result.counts.total - result.counts.cancelled, done: result.counts.done },
    groups: result.groups.map((g) => ({
      code: g.code,
      progress: g.progress,
      /** Items of the year in this group, cancelled ones left out (as in the progress). */
      total: result.rows.filter((r) => r.groupCode === g.code && r.status !== 'cancelled').length,
      done: result.rows
        .filter((r) => r.groupCode === g.code && r.status === 'done')
        .map((r) => ({ taskCode: r.taskCode, content: r.taskContent, dueDate: r.dueDate })),
    })),
  };
}
