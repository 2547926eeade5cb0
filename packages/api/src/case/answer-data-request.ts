/**
 * Closes a data-subject request with its answer (issue 11, point 10): done, or refused naming the rule. An erasure
 * answered "done" is checked case by case by the domain (`checkDataRequestClose`: open case, pending court request,
 * retention duty) and refused naming the rule and the case. Once only. Audited with the outcome, never the text.
 */
import { closeDataRequest, dataRequestById, withAudit } from '@hgcs/db';
import {
  caseDataRequestCloseSchema,
  checkDataRequestClose,
  DomainError,
  todayInVietnam,
  type CaseDataRequestCloseInput,
} from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function answerDataRequest(ctx: ScopedContext, raw: CaseDataRequestCloseInput) {
  const input = caseDataRequestCloseSchema.parse(raw);
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const request = await dataRequestById(tx, ctx.scope, input.requestId);
    if (!request) throw new DomainError('RESOURCE.NOT_FOUND');
    checkDataRequestClose(request, input, request.cases, todayInVietnam(ctx.now));
    const status = input.outcome;
    if (
      !(await closeDataRequest(tx, ctx.scope, request.id, {
        status,
        closedOn: input.closedOn,
        refusalRule: input.refusalRule,
        answer: input.answer,
      }))
    )
      throw new DomainError('CASE.DATA_REQUEST_CLOSED', { field: 'outcome' });
    await audit({
      action: 'case.data_request_answered',
      objectType: 'data_request',
      objectId: request.id,
      after: { status, closedOn: input.closedOn },
    });
    return { id: request.id, status };
  });
}
