/**
 * Records how the agreement is kept at a follow-up (Law 35/2013 Art. 25–26): kept, partly kept, not kept. When the last
 * follow-up has its result the case closes as performed or not performed (domain cases/follow-up-closing.ts).
 */
import { followUpsOfCase, recordFollowUp as saveFollowUp } from '@hgcs/db';
import { checkCaseDay, DomainError, followUpClosing, type CaseFollowUpInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function recordFollowUp(ctx: ScopedContext, input: Required<CaseFollowUpInput>) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today, applyEvent }) => {
    if (row.endedOn === null || row.status !== 'follow_up') throw new DomainError('RESOURCE.NOT_FOUND');
    if (input.on < row.endedOn)
      throw new DomainError('CASE.FOLLOW_UP_BEFORE_AGREEMENT', { field: 'on', endedOn: row.endedOn });
    checkCaseDay(row, input.on, today, 'on');
    if (!(await saveFollowUp(tx, ctx.scope, row.id, input.followUpId, input)))
      throw new DomainError('CASE.FOLLOW_UP_DONE', { field: 'result' });
    const closing = followUpClosing(await followUpsOfCase(tx, ctx.scope, row.id));
    const status = closing ? (await applyEvent({ type: closing }, input.on)).status : row.status;
    await audit({
      action: 'case.follow_up',
      objectType: 'case',
      objectId: row.id,
      after: { followUpId: input.followUpId, result: input.result, on: input.on, status },
    });
    return { status };
  });
}
