import { expect, it } from 'vitest';
import { consolidatedTeam, incompleteTeam, listUnmetTeamRules } from './check-team-composition.ts';

it('lists every unmet composition rule of a team, with Vietnamese messages', () => {
  const unmet = listUnmetTeamRules(incompleteTeam);
  expect(unmet.map((u) => u.code)).toEqual([
    'TEAM.TOO_FEW_MEDIATORS',
    'TEAM.NO_WOMAN',
    'TEAM.NO_ETHNIC_MINORITY_MEDIATOR',
    'TEAM.LEADER_NOT_ACTIVE_MEMBER',
  ]);
  for (const u of unmet) expect(u.vi.length).toBeGreaterThan(10);
});

it('finds nothing once the team is consolidated', () => {
  expect(listUnmetTeamRules(consolidatedTeam)).toEqual([]);
});
