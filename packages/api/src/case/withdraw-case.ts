/** The parties withdraw (a party asks to stop the mediation, Law 35/2013 Art. 17.4, 23.2): ends as stopped by a party. */
import type { CaseDayActionInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { recordOutcome } from './record-outcome.ts';

export function withdrawCase(ctx: ScopedContext, input: CaseDayActionInput) {
  return recordOutcome(ctx, { caseId: input.caseId, result: { outcome: 'stopped_by_party', endedOn: input.on } });
}
