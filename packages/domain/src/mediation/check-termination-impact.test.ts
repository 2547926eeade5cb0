import { describe, expect, it } from 'vitest';
import type { TeamInput } from './check-team-composition.ts';
import { checkTerminationImpact } from './check-termination-impact.ts';

const team: TeamInput = {
  villageEthnicMinorityArea: true,
  leaderId: 'm1',
  members: [
    { mediatorId: 'm1', sex: 'male', ethnicMinority: true },
    { mediatorId: 'm2', sex: 'female', ethnicMinority: false },
    { mediatorId: 'm3', sex: 'male', ethnicMinority: false },
    { mediatorId: 'm4', sex: 'male', ethnicMinority: true },
    { mediatorId: 'm5', sex: 'female', ethnicMinority: false, active: false },
  ],
};
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('checkTerminationImpact (Law 35/2013 Art. 11 with Art. 12.1)', () => {
  it('has nothing to warn about when the team stays compliant', () => {
    expect(checkTerminationImpact(team, 'm3')).toEqual({
      before: [],
      after: [],
      warnings: [],
      leaderLeaves: false,
      activeAfter: 3,
    });
  });
  it('warns that the only active woman leaving leaves the team without a woman (a former woman member does not count)', () => {
    expect(codes(checkTerminationImpact(team, 'm2').warnings)).toEqual(['TEAM.NO_WOMAN']);
  });
  it('warns about the minimum size and the ethnic-minority member together', () => {
    const small: TeamInput = { ...team, members: team.members.filter((m) => m.mediatorId !== 'm4') };
    const impact = checkTerminationImpact(small, 'm1');
    expect(codes(impact.warnings)).toEqual([
      'TEAM.TOO_FEW_MEDIATORS',
      'TEAM.NO_ETHNIC_MINORITY_MEDIATOR',
      'TEAM.NO_LEADER',
    ]);
    expect(impact.warnings[0]?.params).toEqual({ count: 2, min: 3 });
    expect(impact).toMatchObject({ leaderLeaves: true, activeAfter: 2 });
  });
  it('does not repeat a gap the team already had, but still warns when it shrinks below the minimum', () => {
    const noWoman: TeamInput = {
      ...team,
      members: team.members.filter((m) => m.mediatorId !== 'm2' && m.mediatorId !== 'm3'),
    };
    const impact = checkTerminationImpact(noWoman, 'm4');
    expect(codes(impact.before)).toEqual(['TEAM.TOO_FEW_MEDIATORS', 'TEAM.NO_WOMAN']);
    expect(codes(impact.warnings)).toEqual(['TEAM.TOO_FEW_MEDIATORS']);
    expect(impact.warnings[0]?.params).toEqual({ count: 1, min: 3 });
  });
  it("follows the chairman's larger team size (Art. 12.2)", () => {
    expect(codes(checkTerminationImpact(team, 'm3', { minMediators: 4 }).warnings)).toEqual(['TEAM.TOO_FEW_MEDIATORS']);
  });
  it('refuses a person who is not an active member of the team', () => {
    expect(() => checkTerminationImpact(team, 'm5')).toThrow(
      expect.objectContaining({ code: 'TEAM.NOT_ACTIVE_MEMBER' }),
    );
    expect(() => checkTerminationImpact(team, 'x1')).toThrow(
      expect.objectContaining({ code: 'TEAM.NOT_ACTIVE_MEMBER', params: { mediator: 'x1' } }),
    );
    expect(() => checkTerminationImpact(team, '')).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
