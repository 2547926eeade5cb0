/**
 * Assigns mediators of the case's own team (Law 35/2013 Art. 18) with the recusal prompt (Art. 10.3): the domain's
 * `decideAssignment` refuses a mediator of another team naming them, leaves out those who decline (kept as declined
 * with their reason) and needs one to remain. The first assignment sets the start deadline with the holiday calendar
 * (Art. 20.2, R-CASE-2); a later one adds mediators to those still assigned.
 */
import { assignmentsOfCase, getMediator, insertAssignments, membershipsOfTeams } from '@hgcs/db';
import {
  checkCaseDay,
  decideAssignment,
  DomainError,
  isDomainError,
  type CaseAssignInput,
  type RecusalReason,
} from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

type Assign = Required<Omit<CaseAssignInput, 'mediators'>> & {
  mediators: { mediatorId: string; recusal: RecusalReason | null }[];
};

export async function assignCase(ctx: ScopedContext, input: Assign) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today, applyEvent }) => {
    if (row.scopeDecision !== 'mediate') throw new DomainError('CASE.NOT_SCREENED', { field: 'mediators' });
    checkCaseDay(row, input.on, today, 'on');
    const members = await membershipsOfTeams(tx, ctx.scope, [row.teamId]);
    const names = new Map(members.map((m) => [m.mediatorId, m.fullName]));
    const proposed = input.mediators.map((m) => ({
      mediatorId: m.mediatorId,
      teamId: names.has(m.mediatorId) ? row.teamId : null,
      recusal: m.recusal,
    }));
    let decision;
    try {
      decision = decideAssignment(row.teamId, proposed);
    } catch (error) {
      if (isDomainError(error) && error.code === 'CASE.MEDIATOR_OF_ANOTHER_TEAM') {
        const id = String(error.params.mediator);
        const name = (await getMediator(tx, ctx.scope, id))?.fullName ?? id;
        throw new DomainError('CASE.MEDIATOR_OF_ANOTHER_TEAM', { field: 'mediators', mediator: name });
      }
      throw error;
    }
    const active = (await assignmentsOfCase(tx, ctx.scope, row.id)).filter((a) => a.declinedOn === null);
    const kept = active.filter((a) => !decision.assigned.some((m) => m.mediatorId === a.mediatorId));
    const mediators = [...kept.map((a) => ({ mediatorId: a.mediatorId, conflicted: false })), ...decision.assigned];
    const terms = { immediate: input.immediate, agreedStartOn: input.agreedStartOn };
    const type = row.status === 'received' ? 'assign' : 'reassign';
    const next = await applyEvent({ type, mediators, ...terms }, input.on);
    await insertAssignments(
      tx,
      ctx.scope,
      row.id,
      decision.assigned.map((m) => m.mediatorId),
      input.on,
      decision.declined,
    );
    await audit({
      action: 'case.assign',
      objectType: 'case',
      objectId: row.id,
      after: { status: next.status, on: input.on, count: mediators.length, dueDate: next.startDueOn },
    });
    return { status: next.status, startDueOn: next.startDueOn, declined: decision.declined.length };
  });
}
