/**
 * An assigned mediator steps back (Law 35/2013 Art. 10.3: related to a party or with an interest — must decline;
 * Art. 18.3: other reasons), the reason kept with the assignment. The case keeps its other mediators
 * (`reassign`); its last mediator cannot decline before a replacement is assigned.
 */
import { assignmentsOfCase, declineAssignment } from '@hgcs/db';
import { checkCaseDay, DomainError, type CaseDeclineInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function declineCase(ctx: ScopedContext, input: Required<CaseDeclineInput>) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today, applyEvent }) => {
    checkCaseDay(row, input.on, today, 'on');
    const active = (await assignmentsOfCase(tx, ctx.scope, row.id)).filter((a) => a.declinedOn === null);
    if (!active.some((a) => a.mediatorId === input.mediatorId))
      throw new DomainError('CASE.NOT_ASSIGNED', { field: 'mediatorId' });
    const rest = active.filter((a) => a.mediatorId !== input.mediatorId);
    if (rest.length === 0) throw new DomainError('CASE.LAST_MEDIATOR', { field: 'mediatorId' });
    const mediators = rest.map((a) => ({ mediatorId: a.mediatorId, conflicted: false }));
    await applyEvent({ type: 'reassign', mediators }, input.on);
    await declineAssignment(tx, ctx.scope, row.id, input.mediatorId, input);
    await audit({
      action: 'case.decline',
      objectType: 'case',
      objectId: row.id,
      after: { mediatorId: input.mediatorId, on: input.on, reason: input.reason },
    });
    return { remaining: rest.length };
  });
}
