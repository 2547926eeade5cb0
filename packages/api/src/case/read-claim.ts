/** The remuneration claim of a period on screen: payable cases with amounts per case, team and mediator; the rest with why. */
import type { CaseClaimInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { claimOf } from './claim-of.ts';

export async function readClaim(ctx: ScopedContext, input: CaseClaimInput) {
  return (await claimOf(ctx, input.from, input.to)).claim;
}
