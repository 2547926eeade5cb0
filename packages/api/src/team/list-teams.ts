/** One keyset page of the scope's teams, each with its live composition compliance (active members only) and leader. */
import { membershipsOfTeams, pageTeams, type Db } from '@hgcs/db';
import { teamCompliance, toPage, type AnyScope, type Page } from '@hgcs/domain';
import { teamSummaryView, type TeamSummaryView } from './view.ts';

export async function listTeamsPage(
  db: Db,
  scope: AnyScope,
  input: { after?: string; limit: number; villageId?: string },
): Promise<Page<TeamSummaryView>> {
  const page = toPage(await pageTeams(db, scope, input), input.limit);
  const ids = page.items.map((t) => t.id);
  const members = await membershipsOfTeams(db, scope, ids);
  return {
    next: page.next,
    items: page.items.map((team) => {
      const own = members.filter((m) => m.teamId === team.id);
      return teamSummaryView(
        team,
        own.find((m) => m.role === 'leader')?.fullName ?? null,
        team.supporters,
        teamCompliance(team.villageEthnicMinorityArea, own),
      );
    }),
  };
}
