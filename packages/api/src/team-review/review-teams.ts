/**
 * The yearly review of the scope's active teams as of the API's day (Law 35/2013 Art. 12.3; @hgcs/domain's
 * `reviewTeamYear`): each team's memberships — the year's leavers too — turned into what the review finds.
 */
import { membershipsOfTeams, teamsForReview, type DbOrTx } from '@hgcs/db';
import { reviewTeamYear, type AnyScope, type IsoDate, type LeftReason, type TeamYearReview } from '@hgcs/domain';

export type ReviewedTeam = { id: string; name: string; villageName: string; review: TeamYearReview };

export async function reviewTeams(
  db: DbOrTx,
  scope: AnyScope,
  today: IsoDate,
  teamId?: string,
): Promise<ReviewedTeam[]> {
  const teams = await teamsForReview(db, scope, teamId);
  const memberships = await membershipsOfTeams(
    db,
    scope,
    teams.map((t) => t.id),
    { history: true },
  );
  return teams.map((team) => {
    // A person who left and joined again counts once: their open membership (listed first), else the latest.
    const seen = new Map<string, (typeof memberships)[number]>();
    for (const m of memberships.filter((x) => x.teamId === team.id)) {
      const kept = seen.get(m.mediatorId);
      if (!kept || (kept.leftOn !== null && m.leftOn !== null && m.leftOn > kept.leftOn)) seen.set(m.mediatorId, m);
    }
    const members = [...seen.values()];
    const review = reviewTeamYear({
      teamId: team.id,
      year: Number(today.slice(0, 4)),
      asOf: today,
      villageEthnicMinorityArea: team.villageEthnicMinorityArea,
      leaderId: members.find((m) => m.leftOn === null && m.role === 'leader')?.mediatorId ?? null,
      members: members.map((m) => ({
        mediatorId: m.mediatorId,
        sex: m.gender,
        ethnicMinority: m.ethnicMinority,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
        leftReason:
          m.leftReason === null ? null : m.leftReason === 'transferred' ? ('other' as LeftReason) : m.leftReason,
      })),
    });
    return { id: team.id, name: team.name, villageName: team.villageName, review };
  });
}
