/**
 * The remuneration claim of a period as the domain decides it (`buildRemunerationClaim`, issue 11 point 9; Decree
 * 15/2014 Art. 13–14; Circular 56/2023 Art. 3.17.a): the cases of the commune that ended in the period, the ones
 * already paid in an earlier claim left out as such. Each case is paid at the province's amounts in force on the day it
 * ended (`province.setRemuneration`; the circular's before the first resolution), and each line names its source.
 */
import { casesEndedIn, getCommune, paidCaseIds, provinceNormsOfCommune } from '@hgcs/db';
import { buildRemunerationClaim, DomainError, type ClaimCaseInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';

export async function claimOf(ctx: ScopedContext, from: string, to: string) {
  const commune = await getCommune(ctx.db, ctx.scope.communeId);
  if (!commune) throw new DomainError('RESOURCE.NOT_FOUND');
  const ended = await casesEndedIn(ctx.db, ctx.scope, from, to);
  const cases: ClaimCaseInput[] = ended
    .filter((c) => c.mediators.length > 0)
    .map((c) => ({
      caseId: c.caseId,
      trackingCode: c.trackingCode,
      teamId: c.teamId,
      teamName: c.teamName,
      status: c.status,
      endedOn: c.endedOn,
      mediators: c.mediators,
    }));
  const period = {
    from,
    to,
    alreadyPaidCaseIds: await paidCaseIds(
      ctx.db,
      ctx.scope,
      cases.map((c) => c.caseId),
    ),
  };
  const history = (await provinceNormsOfCommune(ctx.db, commune.id, 'remuneration')).map((r) => ({
    resolution: r.resolution,
    effectiveFrom: r.effectiveFrom,
    caps: r.caps,
  }));
  const claim = buildRemunerationClaim(cases, { provincialNormsHistory: history }, period);
  return { communeName: commune.name, cases, period, claim };
}
