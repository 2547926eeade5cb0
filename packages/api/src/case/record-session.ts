/**
 * Records a mediation session (Law 35/2013 Art. 21): never before the request, after today or after the case ended,
 * not while suspended (cases-intake/check-session-day.ts). The first session starts the mediation (`start`, Art.
 * 20.2: late when after the start deadline). Idempotent on the form's key.
 */
import { insertCaseSession } from '@hgcs/db';
import { checkSessionDay, type CaseSessionInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function recordSession(ctx: ScopedContext, input: Required<CaseSessionInput>) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today, applyEvent }) => {
    const session = await insertCaseSession(tx, ctx.scope, {
      caseId: row.id,
      clientKey: input.clientKey,
      heldOn: input.heldOn,
      place: input.place,
      durationMinutes: input.durationMinutes,
      attendees: input.attendees,
      brief: input.brief,
    });
    if (!session.created) return { id: session.id, status: row.status };
    checkSessionDay(row, input.heldOn, today);
    const status = row.status === 'assigned' ? (await applyEvent({ type: 'start' }, input.heldOn)).status : row.status;
    await audit({
      action: 'case.session',
      objectType: 'case',
      objectId: row.id,
      after: { sessionId: session.id, heldOn: input.heldOn, status },
    });
    return { id: session.id, status };
  });
}
