/**
 * Records a data-subject request about case files (issue 11, point 10; Decree 356/2025 Art. 5; PDP-06): the kind,
 * the day received (not after today), who asked and what, and the case(s) by tracking code — every code must be a
 * case of the commune. A retry of the same form finds the first. Audited without the requester's name or the text.
 */
import { casesByTrackingCodes, insertDataRequest, withAudit } from '@hgcs/db';
import {
  DomainError,
  todayInVietnam,
  type CaseDataRequestRecordInput,
  caseDataRequestRecordSchema,
} from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function recordDataRequest(ctx: ScopedContext, raw: CaseDataRequestRecordInput) {
  const input = caseDataRequestRecordSchema.parse(raw);
  const today = todayInVietnam(ctx.now);
  if (input.receivedOn > today) throw new DomainError('CASE.DATE_IN_FUTURE', { field: 'receivedOn', today });
  const codes = [...new Set(input.trackingCodes)];
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const found = await casesByTrackingCodes(tx, ctx.scope, codes);
    const unknown = codes.find((c) => !found.some((f) => f.trackingCode === c));
    if (unknown) throw new DomainError('CASE.UNKNOWN_TRACKING_CODE', { field: 'trackingCodes', code: unknown });
    const { id, created } = await insertDataRequest(
      tx,
      ctx.scope,
      {
        clientKey: input.clientKey,
        kind: input.kind,
        receivedOn: input.receivedOn,
        requesterName: input.requesterName,
        asked: input.asked,
        thirdPartyMustAct: input.thirdPartyMustAct,
        recordedBy: ctx.user.userId,
      },
      found.map((f) => f.caseId),
    );
    if (created)
      await audit({
        action: 'case.data_request_recorded',
        objectType: 'data_request',
        objectId: id,
        after: { kind: input.kind, receivedOn: input.receivedOn, count: found.length },
      });
    return { id };
  });
}
