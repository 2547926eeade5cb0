/**
 * Records a mediation session (Law 35/2013 Art. 19–21) after the domain's `checkSession`: not in the future, not
 * before the assignment, only on a case being mediated (not suspended, ended or closed), conducted by its assigned
 * mediators; the parties present must be the case's. The first session starts the mediation (`start`, Art. 20.2:
 * late when after the start deadline). Idempotent on the form's key.
 */
import { assignmentsOfCase, insertCaseSession, partiesOfCase } from '@hgcs/db';
import { checkCaseDay, checkSession, DomainError, type CaseSessionRequestInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase, stateOf } from './change-case.ts';

export async function recordSession(ctx: ScopedContext, input: CaseSessionRequestInput) {
  const { caseId, clientKey, ...form } = input;
  return changeCase(ctx, caseId, async ({ tx, audit, row, today, applyEvent }) => {
    const active = (await assignmentsOfCase(tx, ctx.scope, row.id)).filter((a) => a.declinedOn === null);
    const session = checkSession(
      form,
      stateOf(
        row,
        active.map((a) => a.mediatorId),
      ) as Parameters<typeof checkSession>[1],
      today,
    );
    checkCaseDay(row, session.heldOn, today, 'heldOn');
    const parties = new Set((await partiesOfCase(tx, ctx.scope, row.id)).map((p) => p.id));
    if (session.partyIds.some((id) => !parties.has(id)))
      throw new DomainError('CASE.PARTY_NOT_OF_CASE', { field: 'partyIds' });
    const saved = await insertCaseSession(tx, ctx.scope, {
      caseId: row.id,
      clientKey,
      heldOn: session.heldOn,
      place: session.place,
      durationMinutes: session.durationMinutes,
      mediatorIds: session.mediatorIds,
      partyIds: session.partyIds,
      invited: session.invited.map((p) => ({ fullName: p.fullName, role: p.role })),
      summary: session.summary,
    });
    if (!saved.created) return { id: saved.id, status: row.status };
    const status =
      row.status === 'assigned' ? (await applyEvent({ type: 'start' }, session.heldOn)).status : row.status;
    await audit({
      action: 'case.session',
      objectType: 'case',
      objectId: row.id,
      after: { sessionId: saved.id, heldOn: session.heldOn, status },
    });
    return { id: saved.id, status };
  });
}
