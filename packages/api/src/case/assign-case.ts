/**
 * Assigns mediators of the case's own team (Law 35/2013 Art. 18): a mediator who is not an active member of that
 * team is refused naming the field; one the recusal prompt marks as related to a party or interested is refused by
 * the domain (Art. 10.3, CASE.MEDIATOR_CONFLICTED). The first assignment sets the start deadline with the holiday
 * calendar (Art. 20.2, R-CASE-2); a later one adds mediators to those still assigned.
 */
import { assignmentsOfCase, insertAssignments, membershipsOfTeams } from '@hgcs/db';
import { checkCaseDay, DomainError, isDomainError, type CaseAssignInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

type Assign = Required<Omit<CaseAssignInput, 'mediators'>> & {
  mediators: { mediatorId: string; conflicted: boolean }[];
};

export async function assignCase(ctx: ScopedContext, input: Assign) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today, applyEvent }) => {
    if (row.scopeDecision !== 'mediate') throw new DomainError('CASES.NOT_SCREENED', { field: 'mediators' });
    checkCaseDay(row, input.on, today, 'on');
    const members = await membershipsOfTeams(tx, ctx.scope, [row.teamId]);
    const names = new Map(members.map((m) => [m.mediatorId, m.fullName]));
    if (input.mediators.some((m) => !names.has(m.mediatorId)))
      throw new DomainError('CASES.MEDIATOR_NOT_IN_TEAM', { field: 'mediators' });
    const active = (await assignmentsOfCase(tx, ctx.scope, row.id)).filter((a) => a.declinedOn === null);
    const kept = active.filter((a) => !input.mediators.some((m) => m.mediatorId === a.mediatorId));
    const mediators = [...kept.map((a) => ({ mediatorId: a.mediatorId, conflicted: false })), ...input.mediators];
    const terms = { immediate: input.immediate, agreedStartOn: input.agreedStartOn };
    const type = row.status === 'received' ? 'assign' : 'reassign';
    const next = await applyEvent({ type, mediators, ...terms }, input.on).catch((error: unknown) => {
      if (isDomainError(error) && error.code === 'CASE.MEDIATOR_CONFLICTED')
        throw new DomainError('CASE.MEDIATOR_CONFLICTED', { mediator: names.get(String(error.params.mediator)) ?? '' });
      throw error;
    });
    await insertAssignments(
      tx,
      ctx.scope,
      row.id,
      input.mediators.map((m) => m.mediatorId),
      input.on,
    );
    await audit({
      action: 'case.assign',
      objectType: 'case',
      objectId: row.id,
      after: { status: next.status, on: input.on, count: mediators.length, dueDate: next.startDueOn },
    });
    return { status: next.status, startDueOn: next.startDueOn };
  });
}
