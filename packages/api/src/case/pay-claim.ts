/**
 * Records the claim of a period as paid (Decree 15/2014 Art. 14: the commune pays through the team): every payable case
 * of the claim gets its row in `case_paid_claims`, unique per case, so a case is never paid twice — a retry, or a later
 * claim whose period overlaps, finds it already paid. Audited with counts only.
 */
import { insertPaidClaims, withAudit } from '@hgcs/db';
import { checkCaseDay, todayInVietnam, type CaseClaimPayInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { claimOf } from './claim-of.ts';

export async function payClaim(ctx: ScopedContext, input: CaseClaimPayInput) {
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const { claim } = await claimOf({ ...ctx, db: tx } as ScopedContext, input.from, input.to);
    checkCaseDay({ receivedOn: input.to }, input.paidOn, todayInVietnam(ctx.now), 'paidOn');
    const paid = await insertPaidClaims(
      tx,
      ctx.scope,
      claim.lines.map((l) => ({
        caseId: l.caseId,
        periodFrom: input.from,
        periodTo: input.to,
        amountVnd: l.totalVnd,
        paidOn: input.paidOn,
        recordedBy: ctx.user.userId,
      })),
    );
    const totalVnd = claim.lines.filter((l) => paid.includes(l.caseId)).reduce((sum, l) => sum + l.totalVnd, 0);
    if (paid.length > 0)
      await audit({
        action: 'case.claim_paid',
        objectType: 'claim',
        objectId: `${input.from}_${input.to}`,
        after: { count: paid.length, totalVnd, paidOn: input.paidOn },
      });
    return { paid: paid.length, totalVnd };
  });
}
