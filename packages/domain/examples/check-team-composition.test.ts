import { expect, it } from 'vitest';
import { consolidatedTeam, incompleteTeam, listUnmetTeamRules } from './check-team-composition.ts';

it('lists every unmet composition rule of a team, with the values their messages fill', () => {
  const unmet = listUnmetTeamRules(incompleteTeam);
  expect(unmet.map((u) => u.code)).toEqual([
    'TEAM.TOO_FEW_MEDIATORS',
    'TEAM.NO_WOMAN',
    'TEAM.NO_ETHNIC_MINORITY_MEDIATOR',
    'TEAM.LEADER_NOT_ACTIVE_MEMBER',
  ]);
  expect(unmet[0]?.params).toEqual({ count: 2, min: 3 });
});

it('finds nothing once the team is consolidated', () => {
  expect(listUnmetTeamRules(consolidatedTeam)).toEqual([]);
});
