/**
 * Resumes a case with the domain's `resume`: a suspended one goes on (Law 35/2013 Art. 17.4); an unsuccessful one is
 * mediated again when the parties ask (Art. 27). Anything else is refused naming the rule.
 */
import { checkCaseDay, type CaseDayActionInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function resumeCase(ctx: ScopedContext, input: CaseDayActionInput) {
  return changeCase(ctx, input.caseId, async ({ audit, row, today, applyEvent }) => {
    checkCaseDay(row, input.on, today, 'on');
    const next = await applyEvent({ type: 'resume' }, input.on);
    await audit({
      action: 'case.resume',
      objectType: 'case',
      objectId: row.id,
      after: { on: input.on, status: next.status },
    });
    return { status: next.status };
  });
}
