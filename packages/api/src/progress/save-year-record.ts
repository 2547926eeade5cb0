/** Saves the chairman's record of a year whole, audited with its before and after (the year's report prints it; the year plan is dated by it). */
import { getYearRecord, saveYearRecord as saveYearRecordRow, withAudit } from '@hgcs/db';
import { DomainError, type YearRecordInput } from '@hgcs/domain';
import { readPlanTree } from '../cache/commune-reference.ts';
import { actorIn, type ScopedContext } from '../context.ts';

export async function saveYearRecord(ctx: ScopedContext, input: YearRecordInput) {
  const tree = await readPlanTree(ctx.db, ctx.scope);
  if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
  if (input.year < tree.startYear || input.year > tree.endYear)
    throw new DomainError('INPUT.INVALID', {}, [{ path: 'year', code: 'field.YEAR_OUT_OF_PLAN', params: {} }]);
  const { year, ...fields } = input;
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const before = await getYearRecord(tx, ctx.scope, tree.id, year);
    const id = await saveYearRecordRow(tx, ctx.scope, { planId: tree.id, year, updatedBy: ctx.user.userId, ...fields });
    const shape = (r: typeof fields) => ({
      planIssuedOn: r.planIssuedOn,
      difficulties: r.difficulties,
      nextSteps: r.nextSteps,
      proposals: r.proposals,
    });
    await audit({
      action: 'plan.year_record',
      objectType: 'plan_year',
      objectId: `${tree.id}:${year}`,
      before: before && shape(before),
      after: { year, ...shape(fields) },
    });
    return { id, year };
  });
}
