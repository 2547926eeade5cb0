/**
 * The chairman signs off a year: its items lock. A year that has not begun in Vietnam is refused
 * (`SIGNOFF.FUTURE_YEAR`, the domain's `yearHasBegun`); a year signed already is refused under the year's lock.
 */
import { insertSignoff, lockPlanYear, withAudit } from '@hgcs/db';
import { DomainError, yearHasBegun } from '@hgcs/domain';
import { readPlanTree } from '../cache/commune-reference.ts';
import { actorIn, type ScopedContext } from '../context.ts';

export async function signYear(ctx: ScopedContext, year: number, today: string) {
  if (!yearHasBegun(year, today)) throw new DomainError('SIGNOFF.FUTURE_YEAR', { year });
  const tree = await readPlanTree(ctx.db, ctx.scope);
  if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    await lockPlanYear(tx, ctx.scope.communeId, tree.id, year, 'exclusive');
    if (
      !(await insertSignoff(tx, { communeId: ctx.scope.communeId, planId: tree.id, year, signedBy: ctx.user.userId }))
    )
      throw new DomainError('SIGNOFF.ALREADY', { year });
    await audit({ action: 'plan.sign_year', objectType: 'plan_year', objectId: `${tree.id}:${year}`, after: { year } });
    return { year };
  });
}
