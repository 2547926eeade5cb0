/** Suspends an assigned or ongoing mediation (tạm dừng) from a day; no session is recorded until it resumes. */
import { insertCaseEvent, updateCase } from '@hgcs/db';
import { checkSuspend, type CaseDayActionInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function suspendCase(ctx: ScopedContext, input: CaseDayActionInput) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today }) => {
    checkSuspend(row, input.on, today);
    await updateCase(tx, ctx.scope, row.id, { suspendedOn: input.on }, ctx.now);
    await insertCaseEvent(tx, ctx.scope, {
      caseId: row.id,
      event: 'suspend',
      fromStatus: row.status,
      toStatus: row.status,
      onDate: input.on,
      actorUserId: ctx.user.userId,
    });
    await audit({ action: 'case.suspend', objectType: 'case', objectId: row.id, after: { on: input.on } });
    return { suspendedOn: input.on };
  });
}
