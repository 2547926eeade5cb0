/** The chairman reopens a signed year, with a reason (kept in year_reopenings; the audit row keeps its id). */
import { lockPlanYear, reopenSignedYear, withAudit } from '@hgcs/db';
import { DomainError, type ReopenYearInput } from '@hgcs/domain';
import { readPlanTree } from '../cache/commune-reference.ts';
import { actorIn, type ScopedContext } from '../context.ts';

export async function reopenYear(ctx: ScopedContext, input: ReopenYearInput) {
  const tree = await readPlanTree(ctx.db, ctx.scope);
  if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    await lockPlanYear(tx, ctx.scope.communeId, tree.id, input.year, 'exclusive');
    const reopeningId = await reopenSignedYear(tx, ctx.scope, {
      planId: tree.id,
      year: input.year,
      reason: input.reason,
      reopenedBy: ctx.user.userId,
    });
    if (!reopeningId) throw new DomainError('SIGNOFF.NOT_SIGNED', { year: input.year });
    await audit({
      action: 'plan.reopen_year',
      objectType: 'plan_year',
      objectId: `${tree.id}:${input.year}`,
      before: { signed: true },
      after: { signed: false, reopeningId, reason: input.reason },
    });
    return { year: input.year };
  });
}
