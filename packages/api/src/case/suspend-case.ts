/** Suspends a mediation at a party's request (Law 35/2013 Art. 17.4): the state machine's `suspended` status. */
import { checkCaseDay, type CaseDayActionInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function suspendCase(ctx: ScopedContext, input: CaseDayActionInput) {
  return changeCase(ctx, input.caseId, async ({ audit, row, today, applyEvent }) => {
    checkCaseDay(row, input.on, today, 'on');
    const next = await applyEvent({ type: 'suspend' }, input.on);
    await audit({ action: 'case.suspend', objectType: 'case', objectId: row.id, after: { on: input.on } });
    return { status: next.status, suspendedOn: next.suspendedOn };
  });
}
