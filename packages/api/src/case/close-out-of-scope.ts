/**
 * Closes a case found out of scope after assignment (issue 11, 2a): signs of a crime or another exclusion surfaced
 * during the mediation (Decree 15/2014 Art. 5.2). The domain's `transitionCase` moves assigned, in-progress or
 * suspended cases to `out_of_scope` with the bodies the matter was reported to (Law 35/2013 Art. 10.5, 15.4); such a
 * case is never payable (R-FUND-3, `decideCaseRemuneration`). Audited with the bodies only.
 */
import { checkCaseDay, type CaseOutOfScopeInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function closeOutOfScope(ctx: ScopedContext, input: CaseOutOfScopeInput) {
  return changeCase(ctx, input.caseId, async ({ audit, row, today, applyEvent }) => {
    checkCaseDay(row, input.on, today, 'on');
    const bodies = [...new Set(input.reportedTo)];
    const next = await applyEvent({ type: 'declare_out_of_scope', referrals: bodies, reportedTo: bodies }, input.on);
    await audit({
      action: 'case.out_of_scope',
      objectType: 'case',
      objectId: row.id,
      after: { status: row.status, reportedTo: bodies, on: input.on },
    });
    return { status: next.status, closedOn: next.closedOn, reportedTo: next.reportedTo };
  });
}
