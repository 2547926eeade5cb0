/**
 * Records a mediator's request for accident support (issue 11, point 9; Law 35/2013 Art. 9.7; Circular 56/2023 Art.
 * 3.17): a mediator of the commune, the day it happened (not after today), the case by tracking code if any. The
 * domain decides eligibility and the amounts; they are returned with the id. A retry of the same form finds the
 * first. Audited without the mediator's name or what happened.
 */
import { casesByTrackingCodes, insertAccidentSupport, mediatorForJoin, withAudit } from '@hgcs/db';
import {
  DomainError,
  accidentSupportRecordSchema,
  decideAccidentSupport,
  toAccidentInput,
  todayInVietnam,
  type AccidentSupportRecordInput,
} from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function recordAccidentSupport(ctx: ScopedContext, raw: AccidentSupportRecordInput) {
  const input = accidentSupportRecordSchema.parse(raw);
  const today = todayInVietnam(ctx.now);
  if (input.occurredOn > today) throw new DomainError('CASE.DATE_IN_FUTURE', { field: 'occurredOn', today });
  if (input.diedOn !== null && input.diedOn > today)
    throw new DomainError('CASE.DATE_IN_FUTURE', { field: 'diedOn', today });
  const decision = decideAccidentSupport(toAccidentInput(input));
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    if (!(await mediatorForJoin(tx, ctx.scope, input.mediatorId)))
      throw new DomainError('FUND.UNKNOWN_MEDIATOR', { field: 'mediatorId' });
    let caseId: string | null = null;
    if (input.trackingCode !== null) {
      const [found] = await casesByTrackingCodes(tx, ctx.scope, [input.trackingCode]);
      if (!found)
        throw new DomainError('CASE.UNKNOWN_TRACKING_CODE', { field: 'trackingCode', code: input.trackingCode });
      caseId = found.caseId;
    }
    const { id, created } = await insertAccidentSupport(tx, ctx.scope, {
      clientKey: input.clientKey,
      mediatorId: input.mediatorId,
      occurredOn: input.occurredOn,
      whatHappened: input.whatHappened,
      harm: input.harm,
      diedOn: input.diedOn,
      circumstance: input.circumstance,
      reasonableRouteAndTime: input.circumstance === 'travelling_to_or_from' ? input.reasonableRouteAndTime : null,
      hasHealthInsurance: input.hasHealthInsurance,
      caseId,
      recordedBy: ctx.user.userId,
    });
    if (created)
      await audit({
        action: 'case.accident_support_recorded',
        objectType: 'accident_support',
        objectId: id,
        after: { occurredOn: input.occurredOn, harm: input.harm, eligible: decision.eligible },
      });
    return { id, decision };
  });
}
