/**
 * Resumes a case: a suspended one goes on where it was; an unsuccessful one is mediated again when the parties ask
 * (Law 35/2013 Art. 27, the domain's `resume`). Anything else is refused naming the rule.
 */
import { insertCaseEvent, updateCase } from '@hgcs/db';
import { checkCaseDay, checkUnsuspend, type CaseDayActionInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function resumeCase(ctx: ScopedContext, input: CaseDayActionInput) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today, applyEvent }) => {
    if (row.suspendedOn === null && row.status === 'unsuccessful') {
      checkCaseDay(row, input.on, today, 'on');
      const next = await applyEvent({ type: 'resume' }, input.on);
      await audit({
        action: 'case.resume',
        objectType: 'case',
        objectId: row.id,
        after: { on: input.on, status: next.status },
      });
      return { status: next.status };
    }
    checkUnsuspend(row, input.on, today);
    await updateCase(tx, ctx.scope, row.id, { suspendedOn: null }, ctx.now);
    await insertCaseEvent(tx, ctx.scope, {
      caseId: row.id,
      event: 'unsuspend',
      fromStatus: row.status,
      toStatus: row.status,
      onDate: input.on,
      actorUserId: ctx.user.userId,
    });
    await audit({
      action: 'case.resume',
      objectType: 'case',
      objectId: row.id,
      after: { on: input.on, status: row.status },
    });
    return { status: row.status };
  });
}
