import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCompositionCounts, checkTeamComposition } from './check-team-composition.ts';

const codes = (...args: Parameters<typeof checkCompositionCounts>) =>
  checkCompositionCounts(...args).map((i) => i.code);

describe('checkCompositionCounts (Law 35/2013 Art. 12.1, R-TEAM-1, on counts)', () => {
  it('accepts three members with a woman, an ethnic-minority member and a leader', () => {
    expect(codes({ members: 3, women: 1, ethnicMinorityMembers: 1, leaders: 1 })).toEqual([]);
  });
  it('needs no ethnic-minority member outside an ethnic-minority area', () => {
    const counts = { members: 3, women: 1, ethnicMinorityMembers: 0, leaders: 1 };
    expect(codes({ ...counts, villageEthnicMinorityArea: false })).toEqual([]);
    expect(codes(counts)).toEqual(['TEAM.NO_ETHNIC_MINORITY_MEDIATOR']);
  });
  it('gives every unmet condition, with the count and the minimum', () => {
    expect(checkCompositionCounts({ members: 2, women: 0, ethnicMinorityMembers: 0, leaders: 0 })).toEqual([
      { code: 'TEAM.TOO_FEW_MEDIATORS', params: { count: 2, min: 3 } },
      { code: 'TEAM.NO_WOMAN', params: {} },
      { code: 'TEAM.NO_ETHNIC_MINORITY_MEDIATOR', params: {} },
      { code: 'TEAM.NO_LEADER', params: {} },
    ]);
  });
  it('applies a larger minimum the chairman set', () => {
    expect(codes({ members: 4, women: 1, ethnicMinorityMembers: 1, leaders: 1 }, { minMediators: 5 })).toEqual([
      'TEAM.TOO_FEW_MEDIATORS',
    ]);
  });
  it('refuses impossible counts', () => {
    expect(() => checkCompositionCounts({ members: 2, women: 3, ethnicMinorityMembers: 0, leaders: 1 })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
    expect(() => checkCompositionCounts({ members: -1, women: 0, ethnicMinorityMembers: 0, leaders: 0 })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
  it('decides exactly as checkTeamComposition does on the same team, counted', () => {
    const member = fc.record({
      sex: fc.constantFrom('female' as const, 'male' as const),
      ethnicMinority: fc.boolean(),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(member, { maxLength: 8 }), fc.boolean(), fc.nat(9), (people, area, leaderAt) => {
        const members = people.map((p, i) => ({ ...p, mediatorId: `m${i}` }));
        const active = members.filter((m) => m.active);
        const leader = members[leaderAt]?.active ? members[leaderAt] : undefined;
        const fromMembers = checkTeamComposition({
          villageEthnicMinorityArea: area,
          leaderId: leader?.mediatorId ?? null,
          members,
        });
        const fromCounts = checkCompositionCounts({
          villageEthnicMinorityArea: area,
          members: active.length,
          women: active.filter((m) => m.sex === 'female').length,
          ethnicMinorityMembers: active.filter((m) => m.ethnicMinority).length,
          leaders: leader ? 1 : 0,
        });
        expect(fromCounts).toEqual(fromMembers);
      }),
    );
  });
});
