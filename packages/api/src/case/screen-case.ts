/**
 * Screens a received case (R-SCOPE-1; Law 35/2013 Art. 3, Decree 15/2014 Art. 5): the domain's `decideMediability`
 * on the facts staff established. Mediable → the case waits for its mediators; not mediable → it is closed as out of
 * scope with the referrals the exclusions imply (to whom the citizen goes), through `transitionCase`.
 */
import { updateCase } from '@hgcs/db';
import { checkCaseDay, decideMediability, DomainError, type CaseScreenInput, type disputeSchema } from '@hgcs/domain';
import type { z } from 'zod';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function screenCase(
  ctx: ScopedContext,
  input: Omit<CaseScreenInput, 'dispute'> & { dispute: z.output<typeof disputeSchema> },
) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row, today, applyEvent }) => {
    if (row.scopeDecision !== null) throw new DomainError('CASE.ALREADY_SCREENED', { field: 'dispute' });
    checkCaseDay(row, input.on, today, 'on');
    const decision = decideMediability(input.dispute);
    const referrals = [...new Set(decision.exclusions.map((e) => e.referral.target))];
    if (!decision.mediable) await applyEvent({ type: 'declare_out_of_scope', referrals }, input.on);
    const scopeDecision = decision.mediable ? 'mediate' : 'out_of_scope';
    await updateCase(
      tx,
      ctx.scope,
      row.id,
      {
        scopeDecision,
        screenedOn: input.on,
        disputeFacts: input.dispute,
        disputeKind: input.dispute.category,
        scopeExclusions: decision.exclusions.map((e) => e.code),
        reportDuties: decision.reports.map((r) => r.duty),
      },
      ctx.now,
    );
    await audit({
      action: 'case.screen',
      objectType: 'case',
      objectId: row.id,
      after: { scopeDecision, disputeKind: input.dispute.category, on: input.on },
    });
    return {
      mediable: decision.mediable,
      exclusions: decision.exclusions.map((e) => ({ code: e.code, referral: e.referral.target })),
      reports: decision.reports.map((r) => r.duty),
    };
  });
}
