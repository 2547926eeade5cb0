/**
 * Ends the mediation (Law 35/2013 Art. 23): successful — only with its complete written agreement (Art. 24.2,
 * refused naming each missing content), which schedules the follow-ups at 30 and 90 days (Art. 25–26) —,
 * unsuccessful, or stopped by a party (the parties withdraw, Art. 23.2). Through `transitionCase`: a case that has
 * not started cannot end.
 */
import { assignmentsOfCase, insertFollowUps, partiesOfCase, updateCase } from '@hgcs/db';
import {
  checkCaseDay,
  DomainError,
  followUpSchedule,
  requireCompleteAgreement,
  type agreementDraftSchema,
  type CaseOutcomeInput,
  type WrittenAgreementInput,
} from '@hgcs/domain';
import type { z } from 'zod';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

type Outcome = Omit<Required<CaseOutcomeInput>, 'agreement'> & {
  agreement: z.output<typeof agreementDraftSchema> | null;
};

export async function recordOutcome(ctx: ScopedContext, input: Outcome) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today, applyEvent }) => {
    if (row.suspendedOn !== null)
      throw new DomainError('CASES.SUSPENDED', { field: 'outcome', since: row.suspendedOn });
    checkCaseDay(row, input.on, today, 'on');
    let agreement: WrittenAgreementInput | null = null;
    if (input.outcome === 'successful') {
      const [parties, assignments] = await Promise.all([
        partiesOfCase(tx, ctx.scope, row.id),
        assignmentsOfCase(tx, ctx.scope, row.id),
      ]);
      const active = assignments.filter((a) => a.declinedOn === null);
      agreement = input.agreement && {
        ...input.agreement,
        parties: parties.map((p) => ({ partyId: p.id, fullName: p.fullName, address: p.address })),
        mediatorIds: active.map((a) => a.mediatorId),
      };
      const names = Object.fromEntries(
        [...parties, ...active].map((x) => ['mediatorId' in x ? x.mediatorId : x.id, x.fullName]),
      );
      requireCompleteAgreement(agreement, names);
    }
    const event =
      input.outcome === 'successful'
        ? ({ type: 'record_success', writtenAgreement: agreement } as const)
        : {
            type:
              input.outcome === 'unsuccessful'
                ? ('record_unsuccessful' as const)
                : ('record_stopped_by_party' as const),
          };
    let next = await applyEvent(event, input.on);
    if (input.outcome === 'successful') {
      await updateCase(tx, ctx.scope, row.id, { agreement }, ctx.now);
      await insertFollowUps(tx, ctx.scope, row.id, followUpSchedule(input.on));
      next = await applyEvent({ type: 'begin_follow_up' }, input.on);
    }
    await audit({
      action: input.outcome === 'stopped_by_party' ? 'case.withdraw' : 'case.outcome',
      objectType: 'case',
      objectId: row.id,
      after: { outcome: input.outcome, on: input.on, status: next.status },
    });
    return { status: next.status };
  });
}
