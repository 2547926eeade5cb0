/**
 * Ends the mediation (Law 35/2013 Art. 23) from the domain's outcome form (`caseOutcomeSchema`, `outcomeEvent`):
 * successful — only with its complete written agreement (Art. 24.2; the parties and the assigned mediators come from
 * the case file, refused naming each missing content and signer), which schedules the follow-ups (`followUpsFor`:
 * 30 and 90 days, Art. 25–26) —, unsuccessful, or stopped by a party (Art. 23.2). Through `transitionCase`: a case
 * that has not started, or is suspended, cannot end as successful or unsuccessful.
 */
import { assignmentsOfCase, insertFollowUps, partiesOfCase, updateCase } from '@hgcs/db';
import {
  caseOutcomeSchema,
  checkCaseDay,
  followUpsFor,
  outcomeEvent,
  requireCompleteAgreement,
  type CaseOutcomeInput,
  type WrittenAgreement,
} from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function recordOutcome(ctx: ScopedContext, input: { caseId: string; result: CaseOutcomeInput }) {
  const form = caseOutcomeSchema.parse(input.result);
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today, applyEvent }) => {
    checkCaseDay(row, form.endedOn, today, 'result.endedOn');
    let agreement: WrittenAgreement | null = null;
    if (form.outcome === 'successful') {
      const [parties, assignments] = await Promise.all([
        partiesOfCase(tx, ctx.scope, row.id),
        assignmentsOfCase(tx, ctx.scope, row.id),
      ]);
      const active = assignments.filter((a) => a.declinedOn === null);
      agreement = form.writtenAgreement && {
        ...form.writtenAgreement,
        parties: parties.map((p) => ({ partyId: p.id, fullName: p.fullName, address: p.address })),
        mediatorIds: active.map((a) => a.mediatorId),
      };
      const names = Object.fromEntries(
        [...parties, ...active].map((x) => ['mediatorId' in x ? x.mediatorId : x.id, x.fullName]),
      );
      requireCompleteAgreement(agreement, names);
    }
    const { event, on } = outcomeEvent(form.outcome === 'successful' ? { ...form, writtenAgreement: agreement } : form);
    let next = await applyEvent(event, on);
    if (form.outcome === 'successful') {
      await updateCase(tx, ctx.scope, row.id, { agreement }, ctx.now);
      await insertFollowUps(tx, ctx.scope, row.id, followUpsFor(on));
      next = await applyEvent({ type: 'begin_follow_up' }, on);
    }
    await audit({
      action: form.outcome === 'stopped_by_party' ? 'case.withdraw' : 'case.outcome',
      objectType: 'case',
      objectId: row.id,
      after: { outcome: form.outcome, on, status: next.status },
    });
    return { status: next.status };
  });
}
