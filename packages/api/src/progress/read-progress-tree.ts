/** The plan tree with progress rolled up per task, group and plan, for one year or all years (one round of queries, cached per day). */
import { listWorkItems } from '@hgcs/db';
import { DomainError, planYears } from '@hgcs/domain';
import { readPlanTree } from '../cache/commune-reference.ts';
import { readProgress } from '../cache/commune-progress.ts';
import type { ScopedContext } from '../context.ts';
import { progressOf } from './compute-progress.ts';
import { listYearDecisions } from './list-year-decisions.ts';

export async function readProgressTree(ctx: ScopedContext, today: string, year: number | undefined) {
  const answer = await readProgress(ctx.db, ctx.scope, `tree:${year ?? 'all'}:${today}`, async () => {
    const tree = await readPlanTree(ctx.db, ctx.scope);
    if (!tree) return undefined;
    const [rows, decisions] = await Promise.all([
      listWorkItems(ctx.db, ctx.scope, { year }),
      listYearDecisions(ctx.db, ctx.scope, tree.id),
    ]);
    const result = progressOf(tree, rows, ctx.scope.communeId, today);
    return {
      year: year ?? null,
      progress: result.progress,
      counts: result.counts,
      groups: result.groups,
      years: planYears(tree),
      ...decisions,
    };
  });
  if (!answer) throw new DomainError('RESOURCE.NOT_FOUND');
  return answer;
}
