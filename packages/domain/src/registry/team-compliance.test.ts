import { describe, expect, it } from 'vitest';
import { teamCompliance, type RegisteredMember } from './team-compliance.ts';
import { registryFigures, registryFiguresOfCounts } from './registry-figures.ts';
import { assertJoinStandards } from './check-join-standards.ts';
import { isDomainError } from '../errors/domain-error.ts';

const m = (mediatorId: string, over: Partial<RegisteredMember> = {}): RegisteredMember => ({
  mediatorId,
  gender: 'male',
  ethnicMinority: false,
  role: 'member',
  leftOn: null,
  ...over,
});
const good = [m('a', { role: 'leader' }), m('b', { gender: 'female' }), m('c', { ethnicMinority: true })];

describe('teamCompliance (Law 35/2013 Art. 12.1)', () => {
  it('is compliant with three active members, a woman, an ethnic-minority member and a leader', () => {
    expect(teamCompliance(true, good)).toEqual({ compliant: true, activeMembers: 3, issues: [] });
  });
  it('counts only open memberships: a woman who left leaves the team without a woman', () => {
    const r = teamCompliance(true, [
      ...good.slice(0, 1),
      m('b', { gender: 'female', leftOn: '2027-01-01' }),
      good[2]!,
      m('d'),
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(['TEAM.NO_WOMAN']);
    expect(r.activeMembers).toBe(3);
  });
  it('needs an ethnic-minority member only in an ethnic-minority area', () => {
    const none = good.map((x) => ({ ...x, ethnicMinority: false }));
    expect(teamCompliance(true, none).issues.map((i) => i.code)).toEqual(['TEAM.NO_ETHNIC_MINORITY_MEDIATOR']);
    expect(teamCompliance(false, none).compliant).toBe(true);
  });
  it('lists every gap of an empty team, and a leader who left is no leader', () => {
    expect(teamCompliance(true, []).issues.map((i) => i.code)).toEqual([
      'TEAM.TOO_FEW_MEDIATORS',
      'TEAM.NO_WOMAN',
      'TEAM.NO_ETHNIC_MINORITY_MEDIATOR',
      'TEAM.NO_LEADER',
    ]);
    const leaderLeft = [m('a', { role: 'leader', leftOn: '2027-02-01' }), ...good.slice(1), m('d')];
    expect(teamCompliance(true, leaderLeft).issues.map((i) => i.code)).toEqual(['TEAM.NO_LEADER']);
  });
});

describe('registryFigures (Decision 315/QĐ-TTg)', () => {
  it('counts consolidated and supported active teams; a dissolved team is out', () => {
    const f = registryFigures([
      { teamId: 't1', status: 'active', villageEthnicMinorityArea: true, members: good, supporters: 1 },
      { teamId: 't2', status: 'active', villageEthnicMinorityArea: true, members: good.slice(0, 2), supporters: 0 },
      { teamId: 't3', status: 'dissolved', villageEthnicMinorityArea: true, members: [], supporters: 3 },
    ]);
    expect([f.consolidated.numerator, f.consolidated.denominator, f.consolidated.met]).toEqual([1, 2, false]);
    expect([f.legalSupport.numerator, f.legalSupport.denominator, f.legalSupport.met]).toEqual([1, 2, true]);
  });
  it('has no data without teams', () => {
    expect(registryFigures([]).consolidated.status).toBe('no_data');
  });
});

describe('registryFiguresOfCounts (Decision 315/QĐ-TTg, from the registry’s counts)', () => {
  const full = { members: 3, women: 1, ethnicMinorityMembers: 1, leaders: 1 };
  it('gives what registryFigures gives for the same teams, counted', () => {
    const f = registryFiguresOfCounts([
      { status: 'active', counts: full, supported: true },
      { status: 'active', counts: { ...full, members: 2 }, supported: false },
      {
        status: 'dissolved',
        counts: { ...full, members: 0, women: 0, ethnicMinorityMembers: 0, leaders: 0 },
        supported: true,
      },
    ]);
    expect([f.consolidated.numerator, f.consolidated.denominator, f.consolidated.met]).toEqual([1, 2, false]);
    expect([f.legalSupport.numerator, f.legalSupport.denominator, f.legalSupport.met]).toEqual([1, 2, true]);
  });
  it('reads the village’s area flag: no ethnic-minority member is a gap only in such an area', () => {
    const counts = { ...full, ethnicMinorityMembers: 0 };
    const of = (villageEthnicMinorityArea: boolean) =>
      registryFiguresOfCounts([
        { status: 'active', counts: { ...counts, villageEthnicMinorityArea }, supported: false },
      ]).consolidated.numerator;
    expect([of(true), of(false)]).toEqual([0, 1]);
  });
  it('has no data without active teams', () => {
    expect(registryFiguresOfCounts([{ status: 'dissolved', counts: full, supported: false }]).consolidated.status).toBe(
      'no_data',
    );
  });
  it('weighs each group by the number of teams in it', () => {
    const f = registryFiguresOfCounts([
      { status: 'active', counts: full, supported: true, teams: 7 },
      { status: 'active', counts: { ...full, women: 0 }, supported: false, teams: 3 },
      { status: 'dissolved', counts: full, supported: true, teams: 5 },
    ]);
    expect([f.consolidated.numerator, f.consolidated.denominator]).toEqual([7, 10]);
    expect([f.legalSupport.numerator, f.legalSupport.denominator]).toEqual([7, 10]);
  });
});

describe('assertJoinStandards (Law 35/2013 Art. 7)', () => {
  const yes = {
    volunteers: true,
    attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
  };
  const person = { fullName: 'Rơ Mah Hiếu', citizenship: 'VN', residenceVillageId: 'v1' };
  it('lets a resident citizen volunteer with the attestations join', () => {
    expect(() => assertJoinStandards(person, yes, 'v1')).not.toThrow();
  });
  it('refuses a person living in another village, naming every unmet standard', () => {
    try {
      assertJoinStandards({ ...person, citizenship: 'LA' }, { ...yes, volunteers: false }, 'v2');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('REGISTRY.STANDARDS_UNMET');
      if (isDomainError(error))
        expect(String(error.params.codes).split(',')).toEqual([
          'MEDIATOR.NOT_VIETNAMESE_CITIZEN',
          'MEDIATOR.NOT_PERMANENT_RESIDENT',
          'MEDIATOR.NOT_VOLUNTARY',
        ]);
    }
  });
});
