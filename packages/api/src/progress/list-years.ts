/**
 * Every year of the plan with its progress, item counts, sign-off, reopenings and whether it can be signed off
 * today (the domain's `canSignYear`: begun in Vietnam, not signed) — the sign-off page, in one round of queries.
 */
import { listWorkItems } from '@hgcs/db';
import { canSignYear, DomainError } from '@hgcs/domain';
import { readPlanTree } from '../cache/commune-reference.ts';
import { readProgress } from '../cache/commune-progress.ts';
import type { ScopedContext } from '../context.ts';
import { progressByYear } from './compute-progress.ts';
import { listYearDecisions } from './list-year-decisions.ts';

export async function listYears(ctx: ScopedContext, today: string) {
  const answer = await readProgress(ctx.db, ctx.scope, `years:${today}`, async () => {
    const tree = await readPlanTree(ctx.db, ctx.scope);
    if (!tree) return undefined;
    const [rows, { signoffs, reopenings }] = await Promise.all([
      listWorkItems(ctx.db, ctx.scope),
      listYearDecisions(ctx.db, ctx.scope, tree.id),
    ]);
    return progressByYear(tree, rows, ctx.scope.communeId, today).map((y) => {
      const signoff = signoffs.find((s) => s.year === y.year) ?? null;
      return {
        year: y.year,
        progress: y.progress,
        counts: y.counts,
        signoff,
        reopenings: reopenings.filter((r) => r.year === y.year),
        canSign: canSignYear(y.year, today, signoff !== null),
      };
    });
  });
  if (!answer) throw new DomainError('RESOURCE.NOT_FOUND');
  return answer;
}
