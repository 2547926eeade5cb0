import { describe, expect, it } from 'vitest';
import { checkTeamComposition, type TeamInput, type TeamMemberInput } from './check-team-composition.ts';

const woman = (id: string, ethnicMinority = true): TeamMemberInput => ({
  mediatorId: id,
  sex: 'female',
  ethnicMinority,
});
const man = (id: string, ethnicMinority = true): TeamMemberInput => ({ mediatorId: id, sex: 'male', ethnicMinority });
const codes = (team: TeamInput, rules = {}) => checkTeamComposition(team, rules).map((i) => i.code);

describe('checkTeamComposition (Law 35/2013 Art. 12.1, R-TEAM-1)', () => {
  it('accepts a team of three with a woman, an ethnic-minority mediator and a leader', () => {
    expect(codes({ leaderId: 'a', members: [man('a'), woman('b', false), man('c', false)] })).toEqual([]);
  });
  it('refuses a team of 3 with no woman', () => {
    expect(codes({ leaderId: 'a', members: [man('a'), man('b'), man('c')] })).toEqual(['TEAM.NO_WOMAN']);
  });
  it('refuses a team of 2, giving the count and the minimum', () => {
    const [issue] = checkTeamComposition({ leaderId: 'a', members: [woman('a'), man('b')] });
    expect(issue).toMatchObject({ code: 'TEAM.TOO_FEW_MEDIATORS', params: { count: 2, min: 3 } });
  });
  it('returns EVERY unmet condition, not just the first', () => {
    expect(codes({ leaderId: null, members: [man('a', false)] })).toEqual([
      'TEAM.TOO_FEW_MEDIATORS',
      'TEAM.NO_WOMAN',
      'TEAM.NO_ETHNIC_MINORITY_MEDIATOR',
      'TEAM.NO_LEADER',
    ]);
    expect(codes({ leaderId: null, members: [] })).toHaveLength(4);
  });
  it('treats every village as an ethnic-minority area by default (R-UNIT-1), and not when told otherwise', () => {
    const kinh = [man('a', false), woman('b', false), man('c', false)];
    expect(codes({ leaderId: 'a', members: kinh })).toEqual(['TEAM.NO_ETHNIC_MINORITY_MEDIATOR']);
    expect(codes({ villageEthnicMinorityArea: false, leaderId: 'a', members: kinh })).toEqual([]);
  });
  it('counts only active mediators: a woman who left no longer counts', () => {
    expect(codes({ leaderId: 'a', members: [man('a'), man('b'), man('c'), { ...woman('d'), active: false }] })).toEqual(
      ['TEAM.NO_WOMAN'],
    );
  });
  it('requires the leader to be an active member', () => {
    expect(codes({ leaderId: 'x', members: [man('a'), woman('b'), man('c')] })).toEqual([
      'TEAM.LEADER_NOT_ACTIVE_MEMBER',
    ]);
    expect(codes({ leaderId: 'a', members: [{ ...man('a'), active: false }, woman('b'), man('c'), man('d')] })).toEqual(
      ['TEAM.LEADER_NOT_ACTIVE_MEMBER'],
    );
  });
  it('applies a larger size decided by the chairman (Art. 12.2), never a smaller one', () => {
    expect(codes({ leaderId: 'a', members: [man('a'), woman('b'), man('c')] }, { minMediators: 5 })).toEqual([
      'TEAM.TOO_FEW_MEDIATORS',
    ]);
    expect(() => checkTeamComposition({ leaderId: 'a', members: [] }, { minMediators: 2 })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
  it('refuses duplicate members and unknown sexes', () => {
    const invalid = expect.objectContaining({ code: 'INPUT.INVALID' });
    expect(() => checkTeamComposition({ leaderId: 'a', members: [man('a'), man('a'), woman('b')] })).toThrow(invalid);
    expect(() =>
      checkTeamComposition({
        leaderId: 'a',
        members: [{ mediatorId: 'a', sex: 'x', ethnicMinority: true } as unknown as TeamMemberInput],
      }),
    ).toThrow(invalid);
  });
});
