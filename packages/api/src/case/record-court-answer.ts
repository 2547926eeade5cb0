/**
 * Records the court's answer to the recognition request (Civil Procedure Code 2015 Art. 419): recognised or not,
 * once, dated on or after the request and not after today. A refusal leaves the agreement itself in force.
 */
import { updateCase } from '@hgcs/db';
import { checkCaseDay, DomainError, type CaseCourtAnswerInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function recordCourtAnswer(ctx: ScopedContext, input: CaseCourtAnswerInput) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today }) => {
    if (row.courtRequestedOn === null) throw new DomainError('CASE.COURT_NOT_REQUESTED', { field: 'decision' });
    if (row.courtDecision !== null) throw new DomainError('CASE.COURT_ALREADY_ANSWERED', { field: 'decision' });
    checkCaseDay(row, input.decidedOn, today, 'decidedOn');
    if (input.decidedOn < row.courtRequestedOn)
      throw new DomainError('CASE.COURT_ANSWER_BEFORE_REQUEST', {
        field: 'decidedOn',
        requestedOn: row.courtRequestedOn,
      });
    await updateCase(
      tx,
      ctx.scope,
      row.id,
      { courtDecision: input.decision, courtDecidedOn: input.decidedOn },
      ctx.now,
    );
    await audit({
      action: 'case.court_answer',
      objectType: 'case',
      objectId: row.id,
      after: { courtDecision: input.decision, decidedOn: input.decidedOn },
    });
    return { decision: input.decision, decidedOn: input.decidedOn };
  });
}
