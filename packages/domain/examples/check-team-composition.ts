/**
 * Example: check a mediation team's composition (Law 35/2013 Art. 12.1, R-TEAM-1) and list every unmet rule, in
 * Vietnamese, not just the first (mediation/check-team-composition.ts). Villages of Pờ Tó are ethnic-minority areas
 * by default (R-UNIT-1), so the team also needs an ethnic-minority mediator.
 */
import { checkTeamComposition, type TeamInput } from '@hgcs/domain';

/** Two active Kinh men, a third member who has left, and a leader who is not an active member. */
export const incompleteTeam: TeamInput = {
  leaderId: 'm3',
  members: [
    { mediatorId: 'm1', sex: 'male', ethnicMinority: false },
    { mediatorId: 'm2', sex: 'male', ethnicMinority: false },
    { mediatorId: 'm3', sex: 'female', ethnicMinority: true, active: false },
  ],
};

/** The same team after consolidation (kiện toàn): a Bahnar woman elected and made leader. */
export const consolidatedTeam: TeamInput = {
  leaderId: 'm4',
  members: [...incompleteTeam.members, { mediatorId: 'm4', sex: 'female', ethnicMinority: true }],
};

export function listUnmetTeamRules(
  team: TeamInput,
): { code: string; params: Readonly<Record<string, string | number>> }[] {
  return checkTeamComposition(team).map(({ code, params }) => ({ code, params }));
}

// `node examples/dist/check-team-composition.js` prints the unmet rules of both teams (none for the second).
if (import.meta.main)
  console.log(
    JSON.stringify(
      { incompleteTeam: listUnmetTeamRules(incompleteTeam), consolidatedTeam: listUnmetTeamRules(consolidatedTeam) },
      null,
      2,
    ),
  );
