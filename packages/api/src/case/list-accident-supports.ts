/**
 * The commune's accident support requests of a year (issue 11, point 9), each with the domain's decision
 * (`decideAccidentSupport`: eligible and the items payable, or the rule it fails). The mediator's name and what
 * happened only for `case.read_personal` (the chairman sees the decisions).
 */
import { listAccidentSupports } from '@hgcs/db';
import { decideAccidentSupport, hasPermission, toAccidentInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';

export async function listAccidentSupportsOf(ctx: ScopedContext, year: number) {
  const personal = hasPermission(ctx.user.role, 'case.read_personal');
  const rows = await listAccidentSupports(ctx.db, ctx.scope, year);
  return rows.map((r) => ({
    id: r.id,
    mediatorId: r.mediatorId,
    occurredOn: r.occurredOn,
    harm: r.harm,
    diedOn: r.diedOn,
    circumstance: r.circumstance,
    trackingCode: r.trackingCode,
    decision: decideAccidentSupport(toAccidentInput(r)),
    personal: personal ? { mediatorName: r.mediatorName, whatHappened: r.whatHappened } : null,
  }));
}
