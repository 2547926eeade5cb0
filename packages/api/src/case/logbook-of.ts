/**
 * A team's logbook for a year as the domain builds it (`buildLogbook`, issue 11 point 8), with the book's heading:
 * province, commune, village and team. Another team's or commune's team is "not found". Shared by the screen and
 * the printable book, so both and the year's totals agree.
 */
import { getCommune, getTeam, logbookCasesOfTeam } from '@hgcs/db';
import { buildLogbook, DomainError, type CommuneLevelScope, type LogbookInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';

export async function logbookOf(ctx: ScopedContext<CommuneLevelScope>, teamId: string, year: number) {
  const [team, commune] = await Promise.all([
    getTeam(ctx.db, ctx.scope, teamId),
    getCommune(ctx.db, ctx.scope.communeId),
  ]);
  if (!team || !commune) throw new DomainError('RESOURCE.NOT_FOUND');
  const input: LogbookInput = {
    year,
    cases: (await logbookCasesOfTeam(ctx.db, ctx.scope, teamId, year)).map((c) => ({
      caseId: c.id,
      receivedOn: c.receivedOn,
      category: c.category as LogbookInput['cases'][number]['category'],
      status: c.status,
      mediators: c.mediators.map((m) => ({ mediatorId: m.mediatorId, fullName: m.fullName })),
      invited: c.invited,
      parties: c.parties.map((p) => ({ fullName: p.fullName, birthYear: p.birthYear, address: p.address })),
      summary: c.summary,
      agreementOrDemands: c.agreementAndMeasures,
      endedOn: c.endedOn,
      referrals: c.referrals,
      reportedTo: c.reportedTo,
    })),
  };
  return {
    heading: {
      provinceName: commune.provinceName,
      communeName: commune.name,
      villageName: team.villageName,
      teamName: team.name,
    },
    input,
    book: buildLogbook(input),
  };
}
